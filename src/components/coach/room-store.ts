/** The coach's rooms in the store (record `coachRooms`): the pasted result codes per workshop, until cleared. */
import { crc32Hex } from '#engine/model';
import { browserStore } from '../../lib/store/index.ts';

const keyOf = (join: string) => crc32Hex(join.trim());

export function loadRoom(join: string): string[] {
  if (!join.trim()) return [];
  return browserStore().read('coachRooms').rooms[keyOf(join)]?.results ?? [];
}

export function saveRoom(join: string, results: readonly string[]): void {
  browserStore().update('coachRooms', (cur) => ({
    rooms: { ...cur.rooms, [keyOf(join)]: { join: join.trim(), results: [...results], at: new Date().toISOString() } },
  }));
}

export function clearRoom(join: string): void {
  browserStore().update('coachRooms', (cur) => {
    const rooms = { ...cur.rooms };
    delete rooms[keyOf(join)];
    return { rooms };
  });
}

/** The join code of the room used last, to reopen it when the room view is opened without a code. */
export function lastRoomJoin(): string | null {
  const rooms = Object.values(browserStore().read('coachRooms').rooms);
  return rooms.sort((a, b) => b.at.localeCompare(a.at))[0]?.join ?? null;
}

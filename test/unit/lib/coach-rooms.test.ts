/** Issue 13: the coach's room is a versioned record (coachRooms) that survives a reload and is validated like any other. */
import { describe, expect, it } from 'vitest';
import { MemoryStorage, PREFIX, createStore } from '../../../src/lib/store/store.ts';
import { createWorkshop, joinCode, resultCode, crc32Hex } from '#engine/model';

const library = ['a-call', 'b-call'];
const join = joinCode(createWorkshop(library, library, 'practice', 4), library);
const result = resultCode(join, 'Ana', [null, null]);

describe('the coachRooms record', () => {
  it('keeps a room per workshop across a new store over the same storage (a reload)', () => {
    const storage = new MemoryStorage();
    createStore(storage).write('coachRooms', {
      rooms: { [crc32Hex(join)]: { join, results: [result], at: '2026-12-04T10:00:00.000Z' } },
    });
    expect(createStore(storage).read('coachRooms').rooms[crc32Hex(join)]!.results).toEqual([result]);
  });

  it('quarantines a tampered room instead of showing it', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PREFIX + 'coachRooms',
      JSON.stringify({ v: 1, data: { rooms: { [crc32Hex(join)]: { join: '<script>', results: [], at: 'x' } } } }),
    );
    const store = createStore(storage);
    expect(store.read('coachRooms')).toEqual({ rooms: {} });
    expect(store.listQuarantine()[0]).toMatchObject({
      kind: 'coachRooms',
      reason: expect.stringMatching(/join: must be a workshop code/),
    });
  });

  it('round-trips through export and import with the other records', () => {
    const a = createStore(new MemoryStorage());
    a.write('coachRooms', { rooms: { [crc32Hex(join)]: { join, results: [result], at: '2026-12-04T10:00:00.000Z' } } });
    const b = createStore(new MemoryStorage());
    expect(b.importAll(a.exportAll()).ok).toBe(true);
    expect(b.read('coachRooms')).toEqual(a.read('coachRooms'));
  });
});

/**
 * Coach mode without a server. A workshop is a seed plus a selection of scenarios (and a mode); its join
 * code carries both, so every participant plays the same calls in the same order. Each participant
 * hands back a result code with their call type, route, score, hints and refused moves per call; the
 * coach's browser merges the codes into a room view. Codes carry a checksum; a bad one is refused
 * with a reason and never disturbs those already merged.
 */
// The workshop and its join code, the participants' result codes, the room view; the Shift's codes.
export * from './workshop-join.ts';
export * from './workshop-results.ts';
export * from './workshop-room.ts';
export * from './shift-codes.ts';

/** Seeded randomness for browser features: the engine's own (simulator/random.ts). */
export { seededRandom, shuffle, seedFrom } from '#engine/model';

/**
 * A minimal zip writer: stored entries, or deflated ones when the caller passes a raw-deflate function
 * (node:zlib's deflateRawSync at build time). No dependency; enough for content and LMS packages.
 */
import { crc32 } from '#engine/model';

export { crc32 };

export type Deflate = (data: Uint8Array) => Uint8Array;

export function zipStore(files: readonly { name: string; data: string | Uint8Array }[], deflate?: Deflate): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const raw = typeof f.data === 'string' ? enc.encode(f.data) : f.data;
    const crc = crc32(raw);
    const packed = deflate ? deflate(raw) : raw;
    // Keep an entry stored when deflating would not make it smaller.
    const method = deflate && packed.length < raw.length ? 8 : 0;
    const data = method === 8 ? packed : raw;
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, method, true); // 0 stored, 8 deflated
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** Reads back a zip (for tests and checks): name → bytes. Deflated entries need `inflate` (raw inflate). */
export function unzipStore(zip: Uint8Array, inflate?: Deflate): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, Uint8Array>();
  let p = 0;
  const dec = new TextDecoder();
  while (p + 4 <= zip.length && view.getUint32(p, true) === 0x04034b50) {
    const method = view.getUint16(p + 8, true);
    const size = view.getUint32(p + 18, true);
    const nameLen = view.getUint16(p + 26, true);
    const extra = view.getUint16(p + 28, true);
    const name = dec.decode(zip.subarray(p + 30, p + 30 + nameLen));
    const start = p + 30 + nameLen + extra;
    const data = zip.subarray(start, start + size);
    if (method === 8 && !inflate) throw new Error(`${name} is deflated: pass an inflate function`);
    out.set(name, method === 8 ? inflate!(data) : data);
    p = start + size;
  }
  return out;
}

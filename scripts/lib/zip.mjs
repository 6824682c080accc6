// A deterministic ZIP writer and reader: the same files give the same bytes, whatever their times, owners and
// modes on disk, so that anyone can rebuild a store package from the source and compare it byte for byte.
// Entries are sorted by name (byte order), every time is 1980-01-01 00:00 (the DOS epoch, ZIP's earliest), every
// file is a regular file with mode 644, and there are no directory entries and no extra fields.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const DOS_TIME = 0; // 00:00:00
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;
const FILE_MODE = 0o100644;

/** @param {{ name: string, data: Buffer }[]} files paths with forward slashes, relative to the archive's root */
export function zip(files) {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of sorted) {
    if (!file.name || file.name.startsWith('/') || file.name.split('/').includes('..'))
      throw new Error(`not a relative path: ${file.name}`);
    const name = Buffer.from(file.name, 'utf8');
    const deflated = deflateRawSync(file.data, { level: 9 });
    // Stored when deflate does not help (PNG icons), so the archive never grows.
    const method = deflated.length < file.data.length ? 8 : 0;
    const body = method === 8 ? deflated : file.data;
    const fields = { method, crc: crc32(file.data), size: body.length, raw: file.data.length, name };
    const local = header(0x04034b50, fields, false);
    locals.push(local, name, body);
    centrals.push(header(0x02014b50, fields, true, offset), name);
    offset += local.length + name.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

function header(signature, { method, crc, size, raw, name }, isCentral, offset = 0) {
  const out = Buffer.alloc(isCentral ? 46 : 30);
  let at = 0;
  const u32 = (value) => (out.writeUInt32LE(value >>> 0, at), (at += 4));
  const u16 = (value) => (out.writeUInt16LE(value, at), (at += 2));
  u32(signature);
  if (isCentral) u16(MADE_BY_UNIX);
  for (const value of [20, UTF8_NAMES, method, DOS_TIME, DOS_DATE]) u16(value);
  for (const value of [crc, size, raw]) u32(value);
  u16(name.length);
  u16(0); // no extra field
  if (isCentral) {
    for (const value of [0, 0, 0]) u16(value); // comment, disk, internal attributes
    u32(FILE_MODE * 0x10000);
    u32(offset);
  }
  return out;
}

/** Reads an archive back, checking every entry's CRC: `[{ name, data, mode, method }]` in archive order. */
export function unzip(archive) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const mode = archive.readUInt32LE(at + 38) >>> 16;
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data, mode, method });
    at += 46 + nameLength + extra;
  }
  return entries;
}

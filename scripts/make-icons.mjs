// Draws PSF Lens's toolbar and store icons (a lens over a blue tile) as PNGs, with no image tooling.
// Usage: node scripts/make-icons.mjs  (writes public/icons/icon-{16,32,48,128}.png)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// Coverage of a shape at a pixel, by 4x4 supersampling, for smooth edges at 16 px.
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}
const tile = (u, v) => {
  const r = 0.2,
    dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0),
    dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const ring = (u, v) => {
  const d = Math.hypot(u - 0.44, v - 0.44);
  return d <= 0.26 && d >= 0.16;
};
const handle = (u, v) => {
  const t = (u - 0.6 + (v - 0.6)) / 2,
    px = 0.6 + t,
    py = 0.6 + t;
  return t >= 0 && t <= 0.22 && Math.hypot(u - px, v - py) <= 0.065;
};
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const file = png(size, (x, y) => {
    const bg = coverage(size, x, y, tile);
    const fg = coverage(size, x, y, (u, v) => ring(u, v) || handle(u, v));
    const mix = (a, b) => Math.round(a * (1 - fg) + b * fg);
    return [mix(41, 255), mix(82, 255), mix(204, 255), Math.round(255 * bg)];
  });
  writeFileSync(`public/icons/icon-${size}.png`, file);
}
console.log('icons written to public/icons');

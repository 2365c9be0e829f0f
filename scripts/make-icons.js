#!/usr/bin/env node
/**
 * Draws the add-in's icons (a table with a check mark, in the brand colour) and writes them as PNG
 * with zlib only: assets/icon-{16,32,64,80,128}.png. Run: node scripts/make-icons.js
 * Drawn at 8x and box-filtered down, so edges are anti-aliased at every size.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BRAND = [0x0f, 0x6c, 0xbd]; // Fluent brand blue
const CHECK = [0x10, 0x7c, 0x10]; // Office green
const WHITE = [0xff, 0xff, 0xff];
const SS = 8;

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour at a point of the unit square (0..1), or null for transparent. */
function shade(x, y) {
  // Check mark: a thick polyline in the lower right, drawn over everything, with a white halo.
  const pts = [[0.52, 0.72], [0.68, 0.88], [0.96, 0.52]];
  let d = Infinity;
  for (let i = 0; i < pts.length - 1; i++) d = Math.min(d, segDist(x, y, pts[i], pts[i + 1]));
  if (d < 0.065) return CHECK;
  if (d < 0.11) return WHITE;
  // Table: rounded outline, a filled header band, grid lines.
  const L = 0.06, T = 0.1, R = 0.94, B = 0.9, line = 0.055;
  if (x < L || x > R || y < T || y > B) return null;
  if (x < L + line || x > R - line || y < T + line || y > B - line) return BRAND;
  if (y < 0.34) return BRAND; // header band
  if (Math.abs(y - 0.62) < line / 2) return BRAND; // row line
  if (Math.abs(x - 0.4) < line / 2) return BRAND; // column line
  return WHITE;
}

function segDist(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      const i = (y * size + x) * 4;
      if (a) { out[i] = Math.round(r / a); out[i + 1] = Math.round(g / a); out[i + 2] = Math.round(b / a); }
      out[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  return out;
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size, draw(size)));
}
console.log('icons written to', dir);

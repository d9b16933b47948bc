#!/usr/bin/env node
// Writes the add-in's icons (assets/icon-<size>.png) as plain RGBA PNGs with node's zlib: a teal
// rounded square with three rising white bars (an overview at a glance). No image dependencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size, pixel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function iconPixel(x, y, size) {
  const r = Math.max(2, Math.round(size * 0.18));
  const inside = (() => {
    const cx = Math.min(Math.max(x, r), size - 1 - r);
    const cy = Math.min(Math.max(y, r), size - 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inside) return [0, 0, 0, 0];
  const pad = size * 0.2;
  const gap = size * 0.08;
  const barW = (size - 2 * pad - 2 * gap) / 3;
  const base = size - pad;
  const heights = [0.3, 0.5, 0.7].map((h) => h * size);
  for (let i = 0; i < 3; i++) {
    const x0 = pad + i * (barW + gap);
    if (
      x >= Math.floor(x0) &&
      x < Math.floor(x0 + barW) &&
      y >= Math.floor(base - heights[i]) &&
      y < Math.floor(base)
    )
      return [255, 255, 255, 255];
  }
  return [0x11, 0x78, 0x65, 255];
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(here, '..', 'assets');
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(out, `icon-${size}.png`), encodePng(size, iconPixel));
  console.log(`wrote ${ICON_SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
}

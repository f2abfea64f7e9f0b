import { crc32, deflateSync } from 'node:zlib';
import type { SeedRandom } from './seed-random';

/**
 * A drawn signature as the signing screen's canvas stores it today: an RGBA PNG of the whole pad
 * (40rem × 12rem at a device pixel ratio of 2, so 1280 × 384), opaque white, with pen strokes in
 * the app's ink colour whose width varies like signature_pad's. Each seed draws different
 * strokes, so every image (and its SHA-256 file name) is unique, as real signatures are.
 */
export const SIGNATURE_WIDTH = 1280;
export const SIGNATURE_HEIGHT = 384;
const INK = [0x1b, 0x1f, 0x2a] as const;
// None (0) is never the smallest for a mostly white image, so it is not tried.
const FILTERS = [1, 2, 3, 4];

export function drawnSignaturePng(random: SeedRandom): Uint8Array {
  const coverage = new Float32Array(SIGNATURE_WIDTH * SIGNATURE_HEIGHT);
  const strokes = random.int(2, 4);
  let x = random.int(80, 200);
  for (let s = 0; s < strokes; s += 1) {
    const length = random.int(250, 420);
    const baseline = random.int(150, 260);
    const loops = random.int(3, 8);
    const height = random.int(40, 110);
    const phase = random.next() * Math.PI;
    for (let step = 0; step <= 400; step += 1) {
      const t = step / 400;
      const px = x + t * length + Math.sin(t * loops * 2 * Math.PI + phase) * 18;
      const py = baseline - Math.sin(t * loops * Math.PI + phase) * height * (1 - 0.4 * t);
      // Faster strokes draw thinner lines, as signature_pad's velocity filter does.
      const width = 2.5 + 2.5 * Math.abs(Math.cos(t * loops * Math.PI));
      stamp(coverage, px, py, width);
    }
    x += length + random.int(20, 90);
  }
  return encodePng(coverage);
}

/** Adds an anti-aliased disc of ink at (cx, cy). */
function stamp(coverage: Float32Array, cx: number, cy: number, radius: number): void {
  const reach = Math.ceil(radius + 1);
  for (
    let y = Math.max(0, Math.floor(cy) - reach);
    y <= Math.min(SIGNATURE_HEIGHT - 1, cy + reach);
    y += 1
  ) {
    for (
      let x = Math.max(0, Math.floor(cx) - reach);
      x <= Math.min(SIGNATURE_WIDTH - 1, cx + reach);
      x += 1
    ) {
      const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      const ink = Math.min(1, Math.max(0, radius - distance + 0.5));
      const i = y * SIGNATURE_WIDTH + x;
      if (ink > (coverage[i] ?? 0)) coverage[i] = ink;
    }
  }
}

/** RGBA PNG with per-row adaptive filtering (the smallest sum of residuals), as browsers write. */
function encodePng(coverage: Float32Array): Uint8Array {
  const stride = SIGNATURE_WIDTH * 4;
  const pixels = new Uint8Array(stride * SIGNATURE_HEIGHT);
  for (let i = 0; i < coverage.length; i += 1) {
    const ink = coverage[i] ?? 0;
    pixels[i * 4] = Math.round(255 + (INK[0] - 255) * ink);
    pixels[i * 4 + 1] = Math.round(255 + (INK[1] - 255) * ink);
    pixels[i * 4 + 2] = Math.round(255 + (INK[2] - 255) * ink);
    pixels[i * 4 + 3] = 255;
  }
  const white = new Uint8Array(stride);
  const filtered = new Uint8Array((stride + 1) * SIGNATURE_HEIGHT);
  const candidates = FILTERS.map(() => new Uint8Array(stride));
  for (let y = 0; y < SIGNATURE_HEIGHT; y += 1) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : white;
    const out = y * (stride + 1);
    // A row the same as the one above filters to all zeros with "Up": nothing smaller exists.
    if (y > 0 && Buffer.compare(row, up) === 0) {
      filtered[out] = 2;
      continue;
    }
    let best = Infinity;
    let bestIndex = 0;
    for (let index = 0; index < FILTERS.length; index += 1) {
      const sum = applyFilter(FILTERS[index]!, row, up, candidates[index]!);
      if (sum < best) {
        best = sum;
        bestIndex = index;
      }
    }
    filtered[out] = FILTERS[bestIndex] ?? 0;
    filtered.set(candidates[bestIndex] as Uint8Array, out + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIGNATURE_WIDTH, 0);
  header.writeUInt32BE(SIGNATURE_HEIGHT, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filtered)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes one filtered row into `target`; returns the sum of residuals (the size heuristic). */
function applyFilter(filter: number, row: Uint8Array, up: Uint8Array, target: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < row.length; i += 1) {
    const a = i >= 4 ? row[i - 4]! : 0;
    const b = up[i]!;
    const predicted =
      filter === 1
        ? a
        : filter === 2
          ? b
          : filter === 3
            ? (a + b) >> 1
            : paeth(a, b, i >= 4 ? up[i - 4]! : 0);
    const value = (row[i]! - predicted) & 0xff;
    target[i] = value;
    sum += value < 128 ? value : 256 - value;
  }
  return sum;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

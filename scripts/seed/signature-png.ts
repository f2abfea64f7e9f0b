import { deflateSync } from 'node:zlib';
import { DRAWN_SIGNATURE } from '../../common/signatures/drawn-signature';
import { assembleSignaturePng, signatureScanlines } from '../../common/signatures/signature-png';
import type { SeedRandom } from './seed-random';

/**
 * A drawn signature as the signing screen stores it (common/signatures/drawn-signature.ts): the
 * pad's strokes scaled to the fixed size, in 16 shades of ink, encoded by the same shared code.
 * Strokes are laid out as on the pad (1280 × 384 at a device pixel ratio of 2) and scaled, with
 * widths varying like signature_pad's. Each seed draws different strokes, so every image (and
 * its SHA-256 file name) is unique, as real signatures are.
 */
export const SIGNATURE_WIDTH = DRAWN_SIGNATURE.width;
export const SIGNATURE_HEIGHT = DRAWN_SIGNATURE.height;
const SCALE = SIGNATURE_WIDTH / 1280;

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
      stamp(coverage, px * SCALE, py * SCALE, width * SCALE);
    }
    x += length + random.int(20, 90);
  }
  const levels = new Uint8Array(coverage.length);
  const top = DRAWN_SIGNATURE.levels - 1;
  for (let i = 0; i < coverage.length; i += 1) levels[i] = Math.round((coverage[i] ?? 0) * top);
  return assembleSignaturePng(deflateSync(signatureScanlines(levels)));
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

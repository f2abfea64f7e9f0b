import { DRAWN_SIGNATURE } from './drawn-signature';

/**
 * Builds the stored PNG of a drawn signature from its ink levels (one byte per pixel, 0 = white
 * to 15 = full ink, row by row at DRAWN_SIGNATURE's size). Deflating is left to the caller (the
 * renderer has CompressionStream, Node has zlib), so this file is pure and shared.
 */
const { width, height, bitDepth, colourType, levels, ink } = DRAWN_SIGNATURE;
const ROW_BYTES = Math.ceil((width * bitDepth) / 8);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG's filtered scanlines (filter "None": blank rows are all zeros and deflate to nothing). */
export function signatureScanlines(inkLevels: Uint8Array): Uint8Array {
  if (inkLevels.length !== width * height) {
    throw new RangeError(`expected ${width * height} ink levels, got ${inkLevels.length}`);
  }
  const raw = new Uint8Array((ROW_BYTES + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const out = y * (ROW_BYTES + 1) + 1;
    for (let x = 0; x < width; x += 2) {
      const high = Math.min(levels - 1, inkLevels[y * width + x] ?? 0);
      const low = x + 1 < width ? Math.min(levels - 1, inkLevels[y * width + x + 1] ?? 0) : 0;
      raw[out + x / 2] = (high << 4) | low;
    }
  }
  return raw;
}

/** The whole PNG around zlib-deflated scanlines. */
export function assembleSignaturePng(deflatedScanlines: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([bitDepth, colourType, 0, 0, 0], 8);
  const palette = new Uint8Array(levels * 3);
  for (let level = 0; level < levels; level += 1) {
    const share = level / (levels - 1);
    for (let channel = 0; channel < 3; channel += 1) {
      palette[level * 3 + channel] = Math.round(255 + ((ink[channel] ?? 0) - 255) * share);
    }
  }
  return concat([
    Uint8Array.from(PNG_SIGNATURE),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflatedScanlines),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Ink level (0 to 15) of an opaque RGB pixel drawn in the pen's ink on white. */
export function inkLevel(red: number, green: number, blue: number): number {
  const lightness = (red + green + blue) / 3;
  const inkLightness = (ink[0] + ink[1] + ink[2]) / 3;
  const share = (255 - lightness) / (255 - inkLightness);
  return Math.max(0, Math.min(levels - 1, Math.round(share * (levels - 1))));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

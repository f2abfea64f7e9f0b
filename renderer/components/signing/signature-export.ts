import { DRAWN_SIGNATURE, PNG_DATA_URL_PREFIX } from '../../../common/signatures/drawn-signature';
import {
  assembleSignaturePng,
  inkLevel,
  signatureScanlines,
} from '../../../common/signatures/signature-png';

const { width, height } = DRAWN_SIGNATURE;

/**
 * The pad's drawing as the one stored form (common/signatures/drawn-signature.ts): scaled to fit
 * the fixed size whatever the screen's size and density, centred on white, 16 shades of ink.
 * A few KB where the pad's own full-resolution PNG was tens of KB.
 */
export async function exportSignature(pad: HTMLCanvasElement): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const scale = Math.min(width / pad.width, height / pad.height);
  const drawnWidth = pad.width * scale;
  const drawnHeight = pad.height * scale;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(
    pad,
    (width - drawnWidth) / 2,
    (height - drawnHeight) / 2,
    drawnWidth,
    drawnHeight,
  );
  const { data } = context.getImageData(0, 0, width, height);
  const levels = new Uint8Array(width * height);
  for (let i = 0; i < levels.length; i += 1) {
    levels[i] = inkLevel(data[i * 4] ?? 255, data[i * 4 + 1] ?? 255, data[i * 4 + 2] ?? 255);
  }
  const png = assembleSignaturePng(await deflate(signatureScanlines(levels)));
  return PNG_DATA_URL_PREFIX + toBase64(png);
}

/** zlib-wrapped deflate, as a PNG's image data needs. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

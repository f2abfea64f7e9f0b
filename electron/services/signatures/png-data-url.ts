import { DomainError } from '../errors';
import { DRAWN_SIGNATURE, PNG_DATA_URL_PREFIX } from '../../../common/signatures/drawn-signature';

export const MAX_SIGNATURE_PNG_BYTES = DRAWN_SIGNATURE.maxBytes;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

/**
 * Turns the data URL the signing screen sends into PNG bytes, refusing anything that is not a
 * PNG of the one stored form (common/signatures/drawn-signature.ts: fixed size, 4-bit palette)
 * or is larger than that form can be, before anything touches the disk. Signatures stored before
 * this rule (the pad's full-resolution PNG) are never checked again, so they stay readable.
 */
export function decodePngDataUrl(dataUrl: string): Uint8Array {
  if (typeof dataUrl !== 'string' || !dataUrl.startsWith(PNG_DATA_URL_PREFIX)) {
    throw invalid('notPngDataUrl');
  }
  const base64 = dataUrl.slice(PNG_DATA_URL_PREFIX.length);
  // Checked before decoding so a huge string is never turned into a huge buffer.
  if (Math.floor((base64.length * 3) / 4) > MAX_SIGNATURE_PNG_BYTES + 2) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw invalid('badBase64');
  }
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > MAX_SIGNATURE_PNG_BYTES) throw tooLarge();
  if (bytes.length < 64 || PNG_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw invalid('notPng');
  }
  if (!hasStoredForm(bytes)) throw invalid('notStoredForm');
  return bytes;
}

/** The PNG's header (always the first chunk) says the fixed size and the 4-bit palette. */
function hasStoredForm(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (
    view.getUint32(8) === 13 &&
    IHDR.every((byte, i) => bytes[12 + i] === byte) &&
    view.getUint32(16) === DRAWN_SIGNATURE.width &&
    view.getUint32(20) === DRAWN_SIGNATURE.height &&
    bytes[24] === DRAWN_SIGNATURE.bitDepth &&
    bytes[25] === DRAWN_SIGNATURE.colourType
  );
}

function tooLarge(): DomainError {
  return new DomainError('SIGNATURE_TOO_LARGE', 'errors.signature.tooLarge', {
    maxKb: MAX_SIGNATURE_PNG_BYTES / 1024,
  });
}

function invalid(reason: string): DomainError {
  return new DomainError('SIGNATURE_INVALID_IMAGE', 'errors.signature.invalidImage', { reason });
}

import { DomainError } from '../errors';

export const MAX_SIGNATURE_PNG_BYTES = 512 * 1024;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PREFIX = 'data:image/png;base64,';

/**
 * Turns the data URL signature_pad produces into PNG bytes, refusing anything that is not a PNG
 * or is larger than a signature can reasonably be (512 KB), before anything touches the disk.
 */
export function decodePngDataUrl(dataUrl: string): Uint8Array {
  if (typeof dataUrl !== 'string' || !dataUrl.startsWith(PREFIX)) {
    throw invalid('notPngDataUrl');
  }
  const base64 = dataUrl.slice(PREFIX.length);
  // Checked before decoding so a huge string is never turned into a huge buffer.
  if (Math.floor((base64.length * 3) / 4) > MAX_SIGNATURE_PNG_BYTES + 2) {
    throw new DomainError('SIGNATURE_TOO_LARGE', 'errors.signature.tooLarge', {
      maxKb: MAX_SIGNATURE_PNG_BYTES / 1024,
    });
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw invalid('badBase64');
  }
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > MAX_SIGNATURE_PNG_BYTES) {
    throw new DomainError('SIGNATURE_TOO_LARGE', 'errors.signature.tooLarge', {
      maxKb: MAX_SIGNATURE_PNG_BYTES / 1024,
    });
  }
  if (bytes.length < 64 || PNG_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw invalid('notPng');
  }
  return bytes;
}

function invalid(reason: string): DomainError {
  return new DomainError('SIGNATURE_INVALID_IMAGE', 'errors.signature.invalidImage', { reason });
}

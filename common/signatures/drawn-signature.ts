/**
 * The one rule for a drawn signature as it is stored: a PNG of a fixed size with 16 shades of
 * the pen's ink on white (4-bit palette). The signing screen exports exactly this, whatever the
 * screen's size or density, and main refuses anything else. At 600 × 180 a signature is a few KB
 * (the pad's full-resolution RGBA PNG was about 46 KB on a high-DPI screen).
 */
export const DRAWN_SIGNATURE = {
  width: 600,
  height: 180,
  /** PNG bit depth and colour type 3 (palette): 16 entries, white to ink. */
  bitDepth: 4,
  colourType: 3,
  levels: 16,
  /** The pen's colour on the pad, and the darkest palette entry. */
  ink: [0x1b, 0x1f, 0x2a] as const,
  /**
   * Above what the encoder can ever write: its raw scanlines are (1 + 300) × 180 = 54,180 bytes,
   * and deflate never grows data by more than a few bytes per 16 KB. So a real drawing is never
   * refused, and anything larger did not come from the signing screen.
   */
  maxBytes: 64 * 1024,
} as const;

export const DRAWN_SIGNATURE_INK_CSS = `rgb(${DRAWN_SIGNATURE.ink.join(',')})`;

export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';

/** The longest data URL a drawn signature can be: the IPC schema's cap on the string. */
export const MAX_DRAWN_SIGNATURE_DATA_URL_LENGTH =
  PNG_DATA_URL_PREFIX.length + Math.ceil(DRAWN_SIGNATURE.maxBytes / 3) * 4;

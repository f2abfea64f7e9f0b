import QRCode from 'qrcode';

/** Modules of light border on each side: the quiet zone a scanner needs to find the code. */
const QUIET_ZONE = 2;

export interface QrShape {
  /**
   * Runs of dark modules as [column, row, length], in modules from the top-left corner of the
   * quiet zone, rows counted downwards.
   */
  runs: Array<[number, number, number]>;
  /** Width (and height) of the code in modules, quiet zone included. */
  modules: number;
}

/**
 * The certificate's QR code as vector shapes: each row's runs of dark modules become one
 * rectangle. No image is encoded as PNG and decoded again per certificate
 * (that cost 35–50 ms each), the page stays sharp at any print size, and the file is smaller.
 * Level M survives a crease or smudge on a printed page.
 */
export function qrShape(payload: string): QrShape {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const runs: QrShape['runs'] = [];
  for (let y = 0; y < size; y += 1) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x += 1;
      runs.push([start + QUIET_ZONE, y + QUIET_ZONE, x - start]);
    }
  }
  return { runs, modules: size + QUIET_ZONE * 2 };
}

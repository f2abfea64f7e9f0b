const NEWLINE = 0x0a;

/** One line of the file, located by bytes so a checkpoint can name an exact offset. */
export interface LedgerLine {
  /** 1-based. */
  position: number;
  /** Byte offset of the line's first byte. */
  start: number;
  /** Byte offset just past the line, including its newline when it has one. */
  end: number;
  /** The line decoded as UTF-8, without its newline. */
  text: string;
  /** False only for a final line the file does not end with a newline after. */
  complete: boolean;
}

/**
 * Splits the file into lines without copying it line by line into new buffers; each line is
 * decoded on its own, so an invalid byte damages one line, not its neighbours.
 */
export function* ledgerLines(bytes: Uint8Array): Generator<LedgerLine> {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let start = 0;
  let position = 0;
  while (start < buffer.length) {
    const newline = buffer.indexOf(NEWLINE, start);
    position += 1;
    if (newline === -1) {
      yield {
        position,
        start,
        end: buffer.length,
        text: buffer.toString('utf8', start),
        complete: false,
      };
      return;
    }
    yield {
      position,
      start,
      end: newline + 1,
      text: buffer.toString('utf8', start, newline),
      complete: true,
    };
    start = newline + 1;
  }
}

import { open, type FileHandle } from 'node:fs/promises';

/** Bytes per read: the next is under way while main works on the one before. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** The first read is smaller, so that main starts on the lines while the rest arrives. */
const FIRST_CHUNK_BYTES = 512 * 1024;

/**
 * Reads a file into memory a worker can share without a copy (a SharedArrayBuffer), a chunk at
 * a time, so that whoever reads it can start on the first lines while the rest is still being
 * read off main's thread. A missing file reads as empty.
 */
export class SharedFileRead {
  /** Bytes read so far, from the start. */
  available = 0;
  private finished = false;
  private failure: unknown = null;
  private waiters: Array<() => void> = [];
  private readonly done: Promise<void>;

  private constructor(
    private readonly handle: FileHandle | null,
    /** The whole file's memory: only its first `available` bytes are read yet. */
    readonly bytes: Buffer,
  ) {
    this.done = this.pump();
  }

  static async start(filePath: string): Promise<SharedFileRead> {
    let handle: FileHandle;
    try {
      handle = await open(filePath, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return new SharedFileRead(null, Buffer.from(new SharedArrayBuffer(0)));
    }
    try {
      const { size } = await handle.stat();
      return new SharedFileRead(handle, Buffer.from(new SharedArrayBuffer(size)));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** The bytes read so far. */
  view(): Buffer {
    return this.bytes.subarray(0, this.available);
  }

  /** Waits for the next chunk; false once the whole file is in (nothing more will come). */
  async more(): Promise<boolean> {
    if (this.finished) return this.settled();
    await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
    return true;
  }

  /** The whole file, once read. */
  async all(): Promise<Buffer> {
    await this.done;
    if (this.failure) throw this.failure;
    return this.view();
  }

  private settled(): boolean {
    if (this.failure) throw this.failure;
    return false;
  }

  private async pump(): Promise<void> {
    const { handle, bytes } = this;
    try {
      while (handle && this.available < bytes.length) {
        const chunk = this.available === 0 ? FIRST_CHUNK_BYTES : CHUNK_BYTES;
        const length = Math.min(chunk, bytes.length - this.available);
        const { bytesRead } = await handle.read(bytes, this.available, length, this.available);
        if (bytesRead === 0) break;
        this.available += bytesRead;
        this.wake();
      }
    } catch (error) {
      this.failure = error;
    } finally {
      this.finished = true;
      await handle?.close().catch(() => undefined);
      this.wake();
    }
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }
}

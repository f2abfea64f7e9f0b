import path from 'node:path';
import type { NativeDialogs } from '../../../electron/services/platform/native-dialogs';

/**
 * Stands in for the desktop's file pickers: answers with paths inside the test's own folder (or
 * with "cancelled" when a test says so), so exports are really written and then read back.
 */
export class TestDialogs implements NativeDialogs {
  private readonly opened: string[] = [];
  /** In the Electron project the app's own main process opens files; the fixture asks it. */
  remoteOpened: (() => Promise<string[]>) | null = null;
  private nextOpenPath: string | null = null;
  cancelNext = false;

  constructor(private readonly folder: string) {}

  /** The file the next "open" dialog will choose (for importing a backup). */
  willOpen(filePath: string): void {
    this.nextOpenPath = filePath;
  }

  private cancelled(): boolean {
    const cancel = this.cancelNext;
    this.cancelNext = false;
    return cancel;
  }

  async chooseSavePath({ defaultName }: { defaultName: string }): Promise<string | null> {
    return this.cancelled() ? null : path.join(this.folder, path.basename(defaultName));
  }

  async chooseOpenPath(): Promise<string | null> {
    return this.cancelled() ? null : this.nextOpenPath;
  }

  async chooseDirectory(): Promise<string | null> {
    return this.cancelled() ? null : this.folder;
  }

  async openFile(filePath: string): Promise<void> {
    this.opened.push(filePath);
  }

  /** Files handed to the system viewer (to print), in order. */
  async openedFiles(): Promise<string[]> {
    return this.remoteOpened ? this.remoteOpened() : [...this.opened];
  }
}

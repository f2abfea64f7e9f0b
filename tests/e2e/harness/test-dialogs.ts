import path from 'node:path';
import type { NativeDialogs } from '../../../electron/services/platform/native-dialogs';

/** What the stand-in answers next: the file an "open" dialog picks, or a cancel. */
export interface DialogAnswers {
  nextOpenPath: string | null;
  cancelNext: boolean;
}

/**
 * Stands in for the desktop's file pickers: answers with paths inside the test's own folder (or
 * with "cancelled" when a test says so), so exports are really written and then read back.
 */
export class TestDialogs implements NativeDialogs {
  private readonly opened: string[] = [];
  /** In the Electron project the app's own main process opens files; the fixture asks it. */
  remoteOpened: (() => Promise<string[]>) | null = null;
  /**
   * In the Electron project the app's own main process shows the dialogs: the fixture passes
   * each answer set here on to its stand-in there, before the test goes on.
   */
  remoteAnswers: ((answers: DialogAnswers) => Promise<void>) | null = null;
  private nextOpenPath: string | null = null;
  private cancelNext = false;

  constructor(private readonly folder: string) {}

  /** The file the next "open" dialog will choose (for importing a backup or checking a pack). */
  async willOpen(filePath: string): Promise<void> {
    this.nextOpenPath = filePath;
    await this.remoteAnswers?.(this.answers());
  }

  /** The next dialog of any kind is cancelled, as a person pressing Cancel would. */
  async cancelNextDialog(): Promise<void> {
    this.cancelNext = true;
    await this.remoteAnswers?.(this.answers());
  }

  private answers(): DialogAnswers {
    return { nextOpenPath: this.nextOpenPath, cancelNext: this.cancelNext };
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

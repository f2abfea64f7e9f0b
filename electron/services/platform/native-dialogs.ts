/**
 * What the services need from the desktop: file pickers and opening a file with the system's
 * viewer. Electron's dialog and shell provide it in the app; the end-to-end harness provides
 * paths inside each test's own temp directory, so exports are written and checked for real.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface NativeDialogs {
  chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | null>;
  chooseDirectory(): Promise<string | null>;
  /** Opens a file we wrote (a certificate to print) in the system's default application. */
  openFile(filePath: string): Promise<void>;
}

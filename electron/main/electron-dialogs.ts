import type { BrowserWindow } from 'electron';
import { dialog, shell } from 'electron';
import type { NativeDialogs } from '../services/platform/native-dialogs';

/** The desktop's own file pickers, attached to the app window so they are modal to it. */
export function electronDialogs(getWindow: () => BrowserWindow | null): NativeDialogs {
  return {
    async chooseSavePath({ defaultName, filters }) {
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ filters }) {
      const options: Electron.OpenDialogOptions = { filters, properties: ['openFile'] };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseDirectory() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openDirectory', 'createDirectory'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFile(filePath) {
      const problem = await shell.openPath(filePath);
      if (problem) throw new Error(problem);
    },
  };
}

import type { BrowserWindow } from 'electron';
import { dialog, shell } from 'electron';
import type { Locale } from '../../common/i18n/locales';
import { dialogWords } from '../services/platform/dialog-words';
import type { NativeDialogs } from '../services/platform/native-dialogs';

/**
 * The desktop's own file pickers, attached to the app window so they are modal to it, titled
 * and labelled in the app's language (`uiLocale`, read as each dialog opens).
 */
export function electronDialogs(
  getWindow: () => BrowserWindow | null,
  uiLocale: () => Locale,
): NativeDialogs {
  const save = (options: Electron.SaveDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  const open = (options: Electron.OpenDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  return {
    async chooseSavePath({ defaultName, filters }) {
      const words = dialogWords('save', uiLocale());
      const result = await save({ ...words, defaultPath: defaultName, filters });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ filters }) {
      const words = dialogWords('open', uiLocale());
      const result = await open({ ...words, filters, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseDirectory() {
      const words = dialogWords('folder', uiLocale());
      const result = await open({ ...words, properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFile(filePath) {
      const problem = await shell.openPath(filePath);
      if (problem) throw new Error(problem);
    },
  };
}

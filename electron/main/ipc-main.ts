import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, OPERATION_NAMES } from '../../common/ipc/channels';
import type { Dispatch } from '../ipc/router';

/** Connects every contract channel to the router; the router does all checking. */
export function registerIpc(dispatch: Dispatch): void {
  for (const name of OPERATION_NAMES) {
    const channel = channelOf(name);
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      dispatch(channel, input, {
        url: event.senderFrame?.url,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
      }),
    );
  }
}

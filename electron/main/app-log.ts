import path from 'node:path';
// The Node build of electron-log: it writes the same rotating file as electron-log/main but does
// not register its own generic `__ELECTRON_LOG__` IPC channel, which would let a renderer write
// any text into the log past the app's sender check. Renderer errors arrive through the contract.
import electronLog from 'electron-log/node';
import { errorLogLine } from './error-log-line';

/** The log file rolls over to `main.old.log` at this size, so the folder never holds more than two. */
const MAX_LOG_BYTES = 1024 * 1024;

export interface AppLog {
  /** The folder the Help menu opens. */
  readonly folder: string;
  /** Logs an error as one line without personal data (see error-log-line.ts). */
  error(source: string, error: unknown): void;
  /** A plain line for facts that are never personal (start-up, version). */
  info(line: string): void;
}

/** Opens the app's log in `<user data>/logs/main.log` and records main's uncaught errors in it. */
export function openAppLog(userDataDir: string, { toConsole }: { toConsole: boolean }): AppLog {
  const folder = path.join(userDataDir, 'logs');
  const logger = electronLog.create({ logId: 'esafety' });
  logger.transports.file.resolvePathFn = () => path.join(folder, 'main.log');
  logger.transports.file.maxSize = MAX_LOG_BYTES;
  logger.transports.console.level = toConsole ? 'info' : false;
  // A monitor only watches: the process still crashes (or Electron still shows its dialog) as
  // it would without a log, but the log has the line.
  process.on('uncaughtExceptionMonitor', (error) => logger.error(errorLogLine('main', error)));
  return {
    folder,
    error: (source, error) => logger.error(errorLogLine(source, error)),
    info: (line) => logger.info(line),
  };
}

import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LEARNER_ROLES } from '../../common/records/acceptance-record';
import type { RecordSort } from '../../common/lead/record-query';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { createBackup } from '../../electron/services/backup/create-backup';
import { deviceKeyFrom } from '../../electron/services/device-key/device-key';
import { inspectBackup } from '../../electron/services/backup/inspect-backup';
import { mergeBackup } from '../../electron/services/backup/merge-backup';
import type { JobContext } from '../../electron/services/lead/export-jobs';
import {
  exportCertificateFolder,
  exportCombinedCertificates,
  exportCsv,
} from '../../electron/services/lead/lead-exports';
import { LEDGER_FILE_NAME } from '../../electron/services/ledger/ledger';
import type { NativeDialogs } from '../../electron/services/platform/native-dialogs';
import { confSettingsSource } from '../../tests/support/conf-settings-source';
import { NO_OS_STORE } from '../seed/seed-data-dir';
import { median, type Measurement } from './bench-result';
import { workingCopy, type Dataset } from './bench-data';
import { naiveCertificatesFloor, naiveCombinedFloor, papaparseFloor } from './floors';
import { completeInduction, sign } from './learner-journey';
import { openFigures } from './open-figures';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The date the seeded data ends; the app's clock in every benchmark. */
export const BENCH_NOW = new Date('2026-11-30T12:00:00Z');
const NEWEST_FIRST: RecordSort = { key: 'completedAt', direction: 'desc' };
const FIRST_PAGE = { offset: 0, limit: 100 };
/** Longest a certificate export may run before its time is projected from what it finished. */
const CERTIFICATE_CAP_MS = 30_000;

const noDialogs: NativeDialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  chooseDirectory: async () => null,
  openFile: async () => undefined,
};

export function benchServices(userDataDir: string): AppServices {
  return createAppServices({
    appName: 'E-safety Induction',
    appVersion: 'bench',
    dataDir: path.join(userDataDir, 'data'),
    contentDir: path.join(ROOT, 'content'),
    settingsSource: confSettingsSource(userDataDir),
    secretStore: NO_OS_STORE,
    dialogs: noDialogs,
    now: () => BENCH_NOW,
    // As the app opens it (electron/main/main.ts): in a worker, verified in the background.
    ledgerInWorker: true,
  });
}

const info = (figure: string, records: number) =>
  ({ figure, records, unit: 'ms', budget: { of: 'none' } }) as const;

const jobContext = (signal?: AbortSignal, onProgress?: (done: number) => void): JobContext => ({
  signal: signal ?? new AbortController().signal,
  progress: (done) => onProgress?.(done),
});

/**
 * Every figure that depends on the number of records, on a private copy of the data set, in
 * the order the app would meet them: open, the lead's table, a learner's answers and signing,
 * then the exports.
 */
export async function dataFigures(data: Dataset): Promise<Measurement[]> {
  const records = data.records;
  const out: Measurement[] = [];
  const work = await workingCopy(data, 'main');
  try {
    const opened = await openFigures(work.dir, records, benchServices);
    out.push(...opened.measurements);
    const { services } = opened;
    const ledger = await services.ledger();
    const ledgerFile = path.join(work.dir, 'data', LEDGER_FILE_NAME);
    let started: number;

    // The lead unlocks: the dashboard first, then the records table's first page and filters.
    started = performance.now();
    await services.lead.dashboard('en-GB');
    out.push({
      figure: 'lead dashboard',
      records,
      value: performance.now() - started,
      unit: 'ms',
      budget: { max: 300, of: 'value' },
    });
    started = performance.now();
    await services.lead.records.query({}, NEWEST_FIRST, FIRST_PAGE);
    out.push({
      figure: 'records table: first page',
      records,
      value: performance.now() - started,
      unit: 'ms',
      budget: { max: 300, of: 'value' },
    });
    const roleTimes: number[] = [];
    for (const role of LEARNER_ROLES) {
      started = performance.now();
      await services.lead.records.query({ role }, NEWEST_FIRST, FIRST_PAGE);
      roleTimes.push(performance.now() - started);
    }
    out.push({
      figure: 'records table: role filter (median)',
      records,
      value: median(roleTimes),
      unit: 'ms',
      budget: { max: 50, of: 'value' },
    });

    // The start screen's suggestion for people on record and people new to the device.
    const live = ledger.liveRecords();
    const known = Array.from({ length: 10 }, (_, i) => live[Math.floor((i * live.length) / 10)]!);
    const suggestionTimes: number[] = [];
    for (const identifier of [
      ...known.map((r) => r.learner.identifier),
      ...Array.from({ length: 10 }, (_, i) => `new.person.${i}@bench.example`),
    ]) {
      started = performance.now();
      await services.learning.suggest(identifier);
      suggestionTimes.push(performance.now() - started);
    }
    out.push({
      figure: 'start-screen suggestion (median)',
      records,
      value: median(suggestionTimes),
      unit: 'ms',
      budget: { max: 10, of: 'value' },
    });

    // Three learners take the induction and sign; every answer and signature is timed.
    const answerTimes: number[] = [];
    const signingTimes: number[] = [];
    for (let n = 1; n <= 3; n += 1) {
      const learner = {
        fullName: `Bench Learner ${n}`,
        identifier: `bench.learner.${n}@bench.example`,
      };
      const journey = await completeInduction(services, learner);
      answerTimes.push(...journey.answerTimes);
      signingTimes.push(await sign(services, journey.sessionId, learner.fullName));
    }
    out.push({
      figure: 'save one answer (median)',
      records,
      value: median(answerTimes),
      unit: 'ms',
      budget: { max: 2, of: 'value' },
      note: `median of ${answerTimes.length} answers by three learners`,
    });
    out.push({
      figure: 'signing (median)',
      records,
      value: median(signingTimes),
      unit: 'ms',
      budget: { max: 50, of: 'value' },
    });
    started = performance.now();
    await services.lead.records.query({}, NEWEST_FIRST, FIRST_PAGE);
    out.push({
      figure: 'records table: first page after a new record',
      records,
      value: performance.now() - started,
      unit: 'ms',
      budget: { max: 50, of: 'value' },
    });

    out.push(...(await exportFigures(services, work.dir, records)));
    out.push(diskFigure(data, (await stat(ledgerFile)).size));
  } finally {
    await work.dispose();
  }
  return out;
}

async function exportFigures(
  services: AppServices,
  workDir: string,
  records: number,
): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const exportsDir = path.join(workDir, 'exports');
  await mkdir(exportsDir, { recursive: true });
  const live = await services.lead.records.matching({});

  let started = performance.now();
  // As the lead's export does (lead-export-handlers.ts), the look-ups of versions included.
  const [pack, revisionsOf] = await Promise.all([
    services.content.rawPack('en-GB'),
    services.agreementVersions.revisionsOf(),
  ]);
  await exportCsv(
    live,
    path.join(exportsDir, 'records.csv'),
    'en-GB',
    (await services.ledger()).checkpoint(),
    jobContext(),
    { currentVersion: pack.aup.version, revisionsOf },
  );
  const csvMs = performance.now() - started;
  out.push({
    figure: 'CSV export',
    records,
    value: csvMs,
    unit: 'ms',
    floor: await papaparseFloor(live, path.join(exportsDir, 'floor.csv')),
    budget: { max: 2000, of: 'value' },
  });

  // The backup round trip, shown for information (the issue sets no budget for it).
  const backupFile = path.join(exportsDir, 'backup.json');
  const { key } = await services.deviceKey();
  const timings: Array<[string, () => Promise<unknown>]> = [
    [
      'backup: create',
      () =>
        createBackup(
          path.join(workDir, 'data'),
          services.settings.get(),
          backupFile,
          key,
          BENCH_NOW,
        ),
    ],
    ['backup: inspect', () => inspectBackup(backupFile, key)],
    [
      // The same organisation's replacement laptop, with its own device key (the key is kept
      // by each computer's OS, so it never travels with a backup).
      'backup: restore into a new device',
      () =>
        mergeBackup(path.join(workDir, 'restored'), backupFile, {
          key: deviceKeyFrom(randomBytes(32), 'none'),
        }),
    ],
  ];
  let refused: string | null = null;
  for (const [figure, run] of timings) {
    if (refused) {
      out.push({ ...info(figure, records), value: null, note: `not run: ${refused}` });
      continue;
    }
    started = performance.now();
    try {
      await run();
      out.push({ ...info(figure, records), value: performance.now() - started });
    } catch (error) {
      // A refusal is a finding, not a reason to lose the rest of the run.
      refused = `${figure} failed with ${(error as { code?: string }).code ?? String(error)}`;
      out.push({ ...info(figure, records), value: null, note: refused });
    }
  }

  // 1,000 certificates (or as many records as there are), each its own file.
  const chosen = live.slice(-1000);
  const folder = path.join(exportsDir, 'certificates');
  await mkdir(folder, { recursive: true });
  const cap = new AbortController();
  const timer = setTimeout(() => cap.abort(), CERTIFICATE_CAP_MS);
  let done = 0;
  started = performance.now();
  try {
    await exportCertificateFolder(
      chosen,
      folder,
      services.certificates,
      jobContext(cap.signal, (d) => (done = d)),
    );
  } catch (error) {
    if (!cap.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  const folderMs = performance.now() - started;
  const floorSample = chosen.slice(0, 100);
  out.push({
    figure: '1,000 certificates, individual',
    records,
    value: done > 0 ? (folderMs / done) * 1000 : null,
    unit: 'ms',
    floor: await naiveCertificatesFloor(floorSample),
    budget: { max: 10_000, of: 'value' },
    note: [
      done < chosen.length
        ? `stopped after ${Math.round(folderMs / 1000)} s at ${done} of ${chosen.length}; projected to 1,000`
        : chosen.length < 1000
          ? `${chosen.length} certificates, scaled to 1,000`
          : '',
      `floor measured on ${floorSample.length} and scaled to 1,000`,
    ]
      .filter(Boolean)
      .join('; '),
  });

  // The combined printable PDF: all of them when that fits the cap, else a sample, projected.
  const perPage = folderMs / Math.max(1, done);
  const combinedCount = perPage * chosen.length <= CERTIFICATE_CAP_MS ? chosen.length : 100;
  const combined = chosen.slice(0, combinedCount);
  started = performance.now();
  await exportCombinedCertificates(
    combined,
    path.join(exportsDir, 'all.pdf'),
    'en-GB',
    services.certificates,
    jobContext(),
  );
  const combinedMs = ((performance.now() - started) / combined.length) * 1000;
  out.push({
    figure: '1,000 certificates, combined',
    records,
    value: combinedMs,
    unit: 'ms',
    floor: await naiveCombinedFloor(combined),
    budget: { max: 5000, of: 'value' },
    ...(combined.length < 1000
      ? { note: `one document of ${combined.length} pages, scaled to 1,000` }
      : {}),
  });
  return out;
}

/**
 * Disk per 1,000 completions: the ledger's bytes plus, for every record, the size of the
 * signature file it points at (counted per record even where the generator reused an image).
 */
function diskFigure(data: Dataset, ledgerBytes: number): Measurement {
  const { summary } = data;
  const live = summary.records - summary.erasedRecords;
  const perRecord = ledgerBytes / summary.records + summary.signatureBytesPerRecord / live;
  return {
    figure: 'disk per 1,000 completions',
    records: data.records,
    value: (perRecord * 1000) / 1e6,
    unit: 'MB',
    budget: { max: 8, of: 'value' },
  };
}

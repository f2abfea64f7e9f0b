import path from 'node:path';
import type { AppServices } from '../../electron/services/app-services';
import { LEDGER_FILE_NAME } from '../../electron/services/ledger/ledger';
import { median, type Measurement } from './bench-result';
import { startFloorThread, type FloorThread } from './floor-thread';

/**
 * Opens measured at each size, after one more that is reported on its own: this machine is
 * shared and noisy, and the first open in a process also pays for code running for the first
 * time. The floor is measured after each open in the same way, so both are medians of warm runs.
 * A small ledger opens in a few milliseconds, where one collector pause or a neighbour's burst
 * doubles a single open: more of those are measured (they cost little), so the median holds.
 */
function measuredOpens(records: number): number {
  return records <= 10_000 ? 15 : 5;
}

/**
 * The longest time the event loop could not run anything (so could not answer an IPC call):
 * the largest gap between ticks of a 2 ms timer, counting the gap still open when stopped.
 */
function stallMonitor(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

interface OpenRun {
  openMs: number;
  fullMs: number;
  stallMs: number;
  floorMs: number;
}

/** One open by fresh services, as the app opens at start-up, then the naive floor. */
async function openOnce(
  services: AppServices,
  ledgerFile: string,
  floor: FloorThread,
): Promise<OpenRun> {
  const stall = stallMonitor();
  const started = performance.now();
  const ledger = await services.ledger();
  const openMs = performance.now() - started;
  // Every line checked, in the worker while main answers (the findings join when done).
  await ledger.fullyVerified;
  const fullMs = performance.now() - started;
  const stallMs = stall.stop();
  return { openMs, fullMs, stallMs, floorMs: await floor.pass(ledgerFile) };
}

/**
 * Opening the ledger: how long, the longest main could not answer meanwhile, and how long the
 * full check in the background takes. Returns the services of the last open, untouched since,
 * for the figures that follow it (the lead's first visit among them).
 */
export async function openFigures(
  dir: string,
  records: number,
  makeServices: (dir: string) => AppServices,
): Promise<{ measurements: Measurement[]; services: AppServices }> {
  const ledgerFile = path.join(dir, 'data', LEDGER_FILE_NAME);
  const runs: OpenRun[] = [];
  let services = makeServices(dir);
  const opens = measuredOpens(records);
  const floorThread = startFloorThread();
  try {
    for (let n = 0; n <= opens; n += 1) {
      if (n > 0) {
        // What the last open started in the background (the lead's views) ends before the next.
        await services.lead.dashboard('en-GB');
        services = makeServices(dir);
      }
      runs.push(await openOnce(services, ledgerFile, floorThread));
    }
  } finally {
    await floorThread.close();
  }
  const [first, ...measured] = runs as [OpenRun, ...OpenRun[]];
  const floor = median(measured.map((r) => r.floorMs));
  const measurements: Measurement[] = [
    {
      figure: 'open + verify ledger',
      note: `median of ${opens} opens by fresh services, after a first (reported below)`,
      records,
      value: median(measured.map((r) => r.openMs)),
      unit: 'ms',
      floor,
      budget: { max: 0.25, of: 'floor' },
    },
    {
      figure: 'first open in the process',
      note: 'before the measured opens: at the first size, its code runs for the first time',
      records,
      value: first.openMs,
      unit: 'ms',
      floor: first.floorMs,
      budget: { of: 'none' },
    },
    {
      figure: 'full verification (in the background)',
      records,
      value: median(measured.map((r) => r.fullMs)),
      unit: 'ms',
      floor,
      budget: { of: 'none' },
      note: 'from the start of opening until every line is checked; main answers meanwhile',
    },
    {
      figure: 'main-process stall while opening',
      note: 'the longest main could not answer, until every line was checked (median of the opens)',
      records,
      value: median(measured.map((r) => r.stallMs)),
      unit: 'ms',
      budget: { max: 50, of: 'value' },
    },
  ];
  return { measurements, services };
}

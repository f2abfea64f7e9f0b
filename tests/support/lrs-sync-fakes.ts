import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import type { SyncClock } from '../../electron/services/lrs-sync/lrs-sync';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';

/** A clock the test turns by hand: timers wait until `fireNext()`; nothing depends on real time. */
export function manualClock(start = '2026-06-01T09:00:00Z') {
  let now = new Date(start);
  const timers: { id: number; run: () => void; ms: number }[] = [];
  let nextId = 1;
  const clock: SyncClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ id, run, ms });
      return id;
    },
    clearTimeout: (handle) => {
      const index = timers.findIndex((timer) => timer.id === handle);
      if (index >= 0) timers.splice(index, 1);
    },
  };
  return {
    clock,
    /** The waits asked for so far and still pending, in ms. */
    pending: () => timers.map((timer) => timer.ms),
    fireNext(): void {
      const timer = timers.shift();
      if (!timer) throw new Error('no timer is waiting');
      now = new Date(now.getTime() + timer.ms);
      timer.run();
    },
  };
}

/** An LRS stand-in: answers each POST with the next status given (200 when none is left). */
export function scriptedLrs(statuses: (number | 'offline')[] = []) {
  const received: XapiStatement[][] = [];
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    const status = statuses.shift() ?? 200;
    if (status === 'offline') throw new TypeError('fetch failed');
    const body = JSON.parse(String(init?.body)) as XapiStatement[];
    if (status === 200) received.push(body);
    const text =
      status === 400
        ? JSON.stringify({ message: 'Problem in statement: verb.id is not an IRI' })
        : '[]';
    return new Response(text, { status });
  }) as typeof globalThis.fetch;
  return { fetch, received, statuses };
}

export function sampleRecord(
  recordId: string,
  identifier: string,
  fullName: string,
  overrides: Partial<AcceptanceRecord> = {},
): AcceptanceRecord {
  return {
    recordId,
    learner: { fullName, role: 'staff', identifier },
    recordType: 'induction',
    aupVersion: '2026.2',
    aupTextSha256: 'c'.repeat(64),
    aupClauseRevisions: {},
    locale: 'en-GB',
    moduleScores: [
      { moduleId: 'email', percent: 90, attempts: 1 },
      { moduleId: 'webcams', percent: 60, attempts: 3 },
    ],
    overallPercent: 75,
    startedAt: '2026-05-02T10:00:00Z',
    completedAt: '2026-05-02T10:30:00Z',
    signedAt: '2026-05-02T10:31:00Z',
    deviceId: 'device-a',
    signatureMethod: 'typed',
    signatureSha256: 'd'.repeat(64),
    certificateCode: 'ZZ12-CD34-EF56-GH78',
    expiresOn: '2027-05-02',
    organisationName: 'Example School',
    ...overrides,
  };
}

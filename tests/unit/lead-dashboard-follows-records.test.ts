import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/services/app-services';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const NOW = new Date('2026-06-15T12:00:00Z');
let services: AppServices;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await withTempDir();
  cleanup = temp.cleanup;
  services = servicesAt(temp.dir, { now: () => NOW });
});
afterEach(() => cleanup());

const signedOn = (fullName: string, identifier: string, signedAt: string, refresher = false) =>
  sampleRecord({
    learner: { fullName, role: 'volunteer', identifier },
    recordType: refresher ? 'refresher' : 'induction',
    startedAt: signedAt,
    completedAt: signedAt,
    signedAt,
  });

describe('the dashboard a lead goes back to', () => {
  it('counts a record signed since the last visit: its month, its status and any refresher it flags', async () => {
    const ledger = await services.ledger();
    await ledger.appendCompletion(
      signedOn('Ann Hughes', 'ann@example.org', '2026-05-10T10:00:00.000Z'),
    );
    const before = await services.lead.dashboard('en-GB');
    // The same answer again while nothing changed.
    expect(await services.lead.dashboard('en-GB')).toEqual(before);

    await ledger.appendCompletion(
      signedOn('Lee Alone', 'lee@example.org', '2026-06-01T09:00:00.000Z', true),
    );
    const after = await services.lead.dashboard('en-GB');
    expect(after.counts.total).toBe(before.counts.total + 1);
    expect(after.refresherExceptions.map((r) => r.fullName)).toEqual(['Lee Alone']);
    expect(before.refresherExceptions).toEqual([]);
    const june = (dashboard: typeof after) => dashboard.months.at(-1)?.count;
    expect(june(after)).toBe((june(before) ?? 0) + 1);
  });
});

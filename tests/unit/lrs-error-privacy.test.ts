import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LearnerIdentity } from '../../common/records/acceptance-record';
import { SYNC_OUTCOME_FILE } from '../../electron/services/lrs-sync/sync-outcome-file';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { realLrsPerTest } from '../support/real-lrs-devices';
import { completeInduction, lrsFilesMentioning } from '../support/real-lrs-journeys';

/**
 * The LRS's own words about a failure are shown to the lead and kept on disk (the last problem
 * survives a restart). An LRS often quotes what it was sent (the real one names each bad value;
 * a database error quotes the record), so those words must never carry a learner's name or email
 * onto this device's disk, and an erasure must leave none of them behind.
 */

const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};

const real = realLrsPerTest();

/**
 * The real LRS behind a database that fails while `failing()` holds: every POST answers 500
 * quoting the first statement's learner, as a duplicate-key error quotes the record it hit.
 */
function failingStore(failing: () => boolean, quote: (actor: XapiStatement['actor']) => string) {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    if (init?.method === 'POST' && failing()) {
      const [first] = JSON.parse(String(init.body)) as XapiStatement[];
      const message = `E11000 duplicate key error collection: statements index: actor_1 dup key: ${quote(first!.actor)}`;
      return new Response(JSON.stringify({ message }), { status: 500 });
    }
    return fetch(url, init);
  }) as typeof fetch;
}

describe('the last problem with the LRS, as shown and as kept on disk', () => {
  it('an LRS error quoting a learner’s name and email is shown and kept without them', async () => {
    let down = true;
    const quoteAsSent = (actor: XapiStatement['actor']) =>
      `{ name: "${actor.name ?? ''}", mbox: "${'mbox' in actor ? actor.mbox : ''}" }`;
    const { data, services } = await real.device({ fetch: failingStore(() => down, quoteAsSent) });
    await completeInduction(services, SIAN);

    const status = await services.lrs.sendNow();

    expect(status.lastError).toMatchObject({
      code: 'xapi.serverError',
      details: { status: 500, message: expect.stringContaining('E11000 duplicate key') },
    });
    const shown = JSON.stringify(status.lastError);
    expect(shown).not.toContain('sian@example.org');
    expect(shown).not.toContain('Siân');
    const kept = await readFile(join(data, SYNC_OUTCOME_FILE), 'utf8');
    expect(kept).toContain('E11000 duplicate key');
    expect(kept).not.toContain('sian@example.org');
    expect(kept).not.toContain('Siân');

    // The scrubbing hides the person, not the failure: once the LRS recovers, all goes.
    down = false;
    const after = await services.lrs.sendNow();
    expect(after).toMatchObject({ lastError: null, queueLength: 0 });
  });

  it('an erasure leaves no LRS words behind that named the person another way', async () => {
    // Another device spelled her name without accents: nothing this device sent says so.
    const quoteOtherSpelling = (actor: XapiStatement['actor']) =>
      actor.name ? '{ name: "Sian Llwyd", mbox: "mailto:SIAN@EXAMPLE.ORG" }' : '{ }';
    const { data, services } = await real.device({
      fetch: failingStore(() => true, quoteOtherSpelling),
    });
    await completeInduction(services, SIAN);
    const before = await services.lrs.sendNow();
    expect(before.lastError?.code).toBe('xapi.serverError');

    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);

    for (const trace of ['Sian Llwyd', 'SIAN@EXAMPLE.ORG', 'sian@example.org', 'Siân']) {
      expect(await lrsFilesMentioning(data, trace)).toEqual([]);
    }
    const after = await services.lrs.status();
    expect(after.lastError).toMatchObject({ code: 'xapi.serverError', details: { status: 500 } });
    expect(JSON.stringify(after.lastError)).not.toContain('Sian Llwyd');
  });
});

import type { LearnerIdentity } from '../../common/records/acceptance-record';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import { Outbox } from '../../electron/services/lrs-sync/outbox';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { FINISHED_PIN, finishInduction } from './fixtures/finish-training';
import { sampleRecord } from './fixtures/sample-record';
import { realLrsPerTest, RIVERSIDE } from '../support/real-lrs-devices';
import { completeInduction, statementsHeld, syncAll } from '../support/real-lrs-journeys';

const ADL = 'http://adlnet.gov/expapi/verbs';
const BASE = RIVERSIDE.activityBase;
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};
const TOM: LearnerIdentity = { fullName: 'Tom Evans', role: 'staff', identifier: 'T-1001' };
const ANA: LearnerIdentity = {
  fullName: 'Ana Silva',
  role: 'trustee',
  identifier: 'ana@example.org',
};

const real = realLrsPerTest();

describe('continuous sync to a real LRS', () => {
  it('a whole induction reaches the LRS and reads back field by field', async () => {
    const { services } = await real.device();
    const { record, sessionId } = await completeInduction(services, SIAN);
    await syncAll(services);
    const stored = await statementsHeld(real.lrs, '&ascending=true');
    const sent = await statementsHeld(real.lrs, `&ascending=true&registration=${sessionId}`);
    const answered = sent.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered');
    expect(answered.length).toBeGreaterThan(10);
    expect(answered.every((s) => s.result?.success === true)).toBe(true);

    // One answered question, against the content in both languages.
    const [en, cy] = await Promise.all([
      services.content.pack('en-GB'),
      services.content.pack('cy'),
    ]);
    const first = answered[0]!;
    const object = first.object as Extract<XapiStatement['object'], { objectType: 'Activity' }>;
    const [, moduleId, scenarioId, stepId] =
      /\/modules\/([^/]+)\/scenarios\/([^/]+)\/steps\/([^/]+)$/.exec(object.id) ?? [];
    const stepIn = (pack: typeof en) =>
      pack.modules
        .find((m) => m.id === moduleId)
        ?.scenarios.find((s) => s.id === scenarioId)
        ?.steps.find((s) => s.id === stepId);
    const enStep = stepIn(en)!;
    const cyStep = stepIn(cy)!;
    expect(first.actor).toEqual({
      objectType: 'Agent',
      name: 'Siân Llŵyd',
      mbox: 'mailto:sian@example.org',
    });
    expect(object.definition?.interactionType).toBe('choice');
    expect(object.definition?.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(object.definition?.description).toEqual({ 'en-GB': enStep.prompt, cy: cyStep.prompt });
    expect(object.definition?.choices).toEqual(
      enStep.options.map((option, index) => ({
        id: option.id,
        description: { 'en-GB': option.text, cy: cyStep.options[index]!.text },
      })),
    );
    const best = enStep.options.filter((o) => o.best).map((o) => o.id);
    expect(object.definition?.correctResponsesPattern).toEqual([best.join('[,]')]);
    expect(first.result?.response).toBe(best.join('[,]'));
    expect(first.verb.display).toEqual({ 'en-GB': 'answered', cy: 'wedi ateb' });

    // The record's statements: course completed, a module passed with its scaled score, the AUP.
    const ofRecord = stored.filter((s) => s.context?.registration === record.recordId);
    const completed = ofRecord.find((s) => s.verb.id.endsWith('/completed'))!;
    expect(completed.object.id).toBe(`${BASE}/course`);
    expect(completed.result).toMatchObject({ success: true, completion: true });
    expect(completed.result?.score?.scaled).toBe(record.overallPercent / 100);
    const passed = ofRecord.filter((s) => s.verb.id.endsWith('/passed'));
    expect(passed).toHaveLength(record.moduleScores.length);
    const firstModule = record.moduleScores[0]!;
    const modulePassed = passed.find(
      (s) => s.object.id === `${BASE}/modules/${firstModule.moduleId}`,
    )!;
    expect(modulePassed.result?.score?.scaled).toBe(firstModule.percent / 100);
    const moduleObject = modulePassed.object as Extract<
      XapiStatement['object'],
      { objectType: 'Activity' }
    >;
    expect(moduleObject.definition?.name).toEqual({
      'en-GB': en.modules[0]!.title,
      cy: cy.modules[0]!.title,
    });
    const accepted = ofRecord.find(
      (s) => s.verb.id === 'http://activitystrea.ms/schema/1.0/accept',
    )!;
    const extensions = accepted.context?.extensions ?? {};
    expect(extensions[`${BASE}/extensions/aup-version`]).toBe(record.aupVersion);
    expect(extensions[`${BASE}/extensions/aup-text-sha256`]).toBe(record.aupTextSha256);
    const ledger = await services.ledger();
    expect(extensions[`${BASE}/extensions/ledger-checkpoint`]).toEqual({
      entries: ledger.checkpoint().entries,
      headHash: ledger.checkpoint().headHash,
    });
    // Nothing else, and nothing twice.
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    const ofSession = sent.filter((s) => !answered.includes(s));
    expect(stored).toHaveLength(answered.length + ofRecord.length + ofSession.length);
  });

  it('a session’s opening, each module reached and passed, and its leaving and signing arrive once each', async () => {
    const { services } = await real.device();
    const steps = learnerSteps(services.learning, services.env.now);
    const en = await services.content.pack('en-GB');
    const cy = await services.content.pack('cy');
    const view = await finishInduction(services.learning, steps, en, SIAN);
    const { sessionId } = view.progress;
    // Saves and leaves before signing, comes back with the PIN, then signs (and leaves again).
    await services.learning.leave(sessionId);
    await services.learning.leave(sessionId);
    await services.learning.resume(SIAN.identifier, FINISHED_PIN);
    const agreement = await services.signing.agreement(sessionId, 'en-GB');
    await services.signing.sign({
      sessionId,
      locale: 'en-GB',
      typedName: SIAN.fullName,
      acknowledgedClauseIds: agreement.clauses.map((clause) => clause.id),
      statementAccepted: true,
      signature: { method: 'typed', text: SIAN.fullName },
    });
    await services.learning.leave(sessionId);
    await syncAll(services);
    await syncAll(services);

    const sent = await statementsHeld(real.lrs, `&ascending=true&registration=${sessionId}`);
    const of = (verb: string) => sent.filter((s) => s.verb.id === `${ADL}/${verb}`);
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    expect(of('initialized')).toHaveLength(2);
    expect(of('terminated')).toHaveLength(2);
    expect(of('initialized').map((s) => s.object.id)).toEqual([`${BASE}/course`, `${BASE}/course`]);
    const modules = en.modules.map((m) => `${BASE}/modules/${m.id}`);
    expect(of('experienced').map((s) => s.object.id)).toEqual(modules);
    expect(of('completed').map((s) => s.object.id)).toEqual(modules);
    const first = of('completed')[0]!;
    expect(first.verb.display).toEqual({ 'en-GB': 'completed', cy: 'wedi cwblhau' });
    expect(first.result).toMatchObject({ completion: true, success: true });
    expect(first.actor).toEqual({
      objectType: 'Agent',
      name: 'Siân Llŵyd',
      mbox: 'mailto:sian@example.org',
    });
    const object = first.object as Extract<XapiStatement['object'], { objectType: 'Activity' }>;
    expect(object.definition?.name).toEqual({
      'en-GB': en.modules[0]!.title,
      cy: cy.modules[0]!.title,
    });
    expect(of('experienced')[0]!.verb.display).toEqual({
      'en-GB': 'experienced',
      cy: 'wedi profi',
    });
    expect(of('terminated')[0]!.verb.display).toEqual({
      'en-GB': 'terminated',
      cy: 'wedi terfynu',
    });
    // The answers belong to the same registration, and nothing else does.
    const answered = of('answered').length;
    expect(sent).toHaveLength(answered + 2 + 2 + 2 * modules.length);
  });

  it('the LRS going away mid-queue and a restart of the app lose nothing and send nothing twice', async () => {
    const { dir, services } = await real.device();
    await completeInduction(services, SIAN);
    await syncAll(services);

    await real.proxy.stop();
    await completeInduction(services, TOM);
    await completeInduction(services, ANA);
    const down = await services.lrs.sendNow();
    expect(down.connected).toBe(false);
    expect(down.lastError?.code).toBe('xapi.unreachable');
    expect(down.queueLength).toBeGreaterThan(0);
    const waiting = (await new Outbox(`${dir}/data`).pending()).map((line) => line.statement.id);

    // The app is closed and opened again while the LRS is still away; then the LRS is back.
    await services.lrs.sync.stop();
    const restarted = (await real.device({ dir })).services;
    expect((await restarted.lrs.status()).queueLength).toBe(waiting.length);
    await real.proxy.start();
    await syncAll(restarted);

    const stored = (await statementsHeld(real.lrs, '&ascending=true')).map((s) => s.id);
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.slice(-waiting.length)).toEqual(waiting);
  });

  it('a statement the LRS refuses is set aside with the LRS’s reason and the rest arrive', async () => {
    const { services } = await real.device();
    const { outbox } = services.lrs;
    const good = {
      id: '6f1c3a52-6b0e-4d7e-9a61-2f6c8d0e1a21',
      actor: { objectType: 'Agent', mbox: 'mailto:lead@example.org' },
      verb: {
        id: 'http://adlnet.gov/expapi/verbs/experienced',
        display: { 'en-GB': 'experienced' },
      },
      object: { objectType: 'Activity', id: `${BASE}/course` },
      timestamp: '2026-06-01T09:00:00Z',
    } as XapiStatement;
    const bad = {
      ...good,
      id: '7a2d4b63-7c1f-4e8f-8b72-3a7d9e1f2b32',
      verb: { id: 'not an iri', display: {} },
    };
    await outbox.enqueue([good, bad as XapiStatement]);
    const status = await services.lrs.sendNow();
    expect(status.queueLength).toBe(0);
    expect(status.setAside).toHaveLength(1);
    expect(status.setAside[0]).toMatchObject({ statementId: bad.id, status: 400 });
    expect(status.setAside[0]!.reason).toMatch(/verb/);
    expect((await statementsHeld(real.lrs, '&ascending=true')).map((s) => s.id)).toEqual([good.id]);
  });

  it('two devices sync to one LRS and either device’s read-back shows both devices’ completions', async () => {
    const a = await real.device();
    const b = await real.device();
    const { record: fromA } = await completeInduction(a.services, SIAN);
    const { record: fromB } = await completeInduction(b.services, TOM, 'cy');
    await syncAll(a.services);
    await syncAll(b.services);
    const seenByA = await a.services.lrs.readBack();
    expect(seenByA.map((c) => c.recordId).sort()).toEqual([fromA.recordId, fromB.recordId].sort());
    const tom = seenByA.find((c) => c.recordId === fromB.recordId)!;
    expect(tom).toMatchObject({
      fullName: 'Tom Evans',
      identifier: 'T-1001',
      deviceId: b.services.settings.get().deviceId,
      certificateCode: fromB.certificateCode,
      fromThisDevice: false,
    });
    expect(seenByA.find((c) => c.recordId === fromA.recordId)?.fromThisDevice).toBe(true);
    expect(tom.deviceId).not.toBe(a.services.settings.get().deviceId);
    expect((await b.services.lrs.readBack()).length).toBe(2);
  });

  it('erasing a person voids what the LRS holds of theirs', async () => {
    const { services } = await real.device();
    await completeInduction(services, SIAN);
    await completeInduction(services, TOM);
    await syncAll(services);
    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    await syncAll(services);
    const left = await services.lrs.readBack();
    expect(left.map((c) => c.identifier)).toEqual(['T-1001']);
    const stored = await statementsHeld(real.lrs, '&ascending=true');
    expect(stored.some((s) => JSON.stringify(s.actor).includes('sian@example.org'))).toBe(false);
  });

  it('records removed at the end of retention are voided at the LRS, and only they', async () => {
    const { services } = await real.device();
    const old = sampleRecord({
      learner: { fullName: 'Ola Older', role: 'staff', identifier: 'ola@example.org' },
      signedAt: '2019-03-02T10:16:00.000Z',
      completedAt: '2019-03-02T10:15:00.000Z',
    });
    await (await services.ledger()).appendCompletion(old);
    await services.lrs.recordCompletion(old);
    await completeInduction(services, SIAN);
    await syncAll(services);
    expect((await services.lrs.readBack()).map((c) => c.recordId)).toContain(old.recordId);

    services.settings.update({ retentionYears: 6 });
    const { candidates } = await services.lead.retentionCandidates();
    expect(candidates.map((c) => c.recordId)).toEqual([old.recordId]);
    await services.lead.purgeRetention([old.recordId]);
    await syncAll(services);
    expect((await services.lrs.readBack()).map((c) => c.identifier)).toEqual(['sian@example.org']);
  });

  it('a completion the app died before queuing is queued when the app starts again', async () => {
    const { dir, services } = await real.device();
    const { record: queued } = await completeInduction(services, SIAN);
    await syncAll(services);
    // The ledger took the record, then the app stopped before the outbox did.
    const missed = sampleRecord({
      learner: TOM,
      deviceId: services.settings.get().deviceId,
    });
    await (await services.ledger()).appendCompletion(missed);
    await services.lrs.sync.stop();

    const restarted = (await real.device({ dir })).services;
    await restarted.lrs.start();
    await syncAll(restarted);
    const ids = (await restarted.lrs.readBack()).map((c) => c.recordId);
    expect(ids.sort()).toEqual([queued.recordId, missed.recordId].sort());
    // Started again with nothing missed: nothing more is queued.
    await restarted.lrs.start();
    expect((await restarted.lrs.status()).queueLength).toBe(0);
  });
});

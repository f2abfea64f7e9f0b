import { PeopleFacts } from '../../electron/services/lead/people-facts';
import { sampleRecord } from './fixtures/sample-record';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('how many people last signed each agreement version, kept as records change', () => {
  it('follows a person from one version to the next, and forgets them when they go', () => {
    const facts = new PeopleFacts();
    const first = sampleRecord({ aupVersionSha256: A, aupClauseRevisions: undefined });
    const other = sampleRecord({
      learner: { fullName: 'Ben Hall', role: 'staff', identifier: 'ben@example.org' },
      aupVersionSha256: A,
      aupClauseRevisions: undefined,
    });
    facts.addWhileBuilding('sian', [first], first);
    facts.addWhileBuilding('ben', [other], other);
    facts.settle();
    expect(Object.fromEntries(facts.versionsNamed())).toEqual({ [A]: 2 });

    // Siân signs the next version: only her latest record counts.
    const next = sampleRecord({ aupVersionSha256: B, aupClauseRevisions: undefined });
    facts.set('sian', [first, next], next);
    expect(Object.fromEntries(facts.versionsNamed())).toEqual({ [A]: 1, [B]: 1 });

    // Ben is erased; a record that lists its own clause revisions names no version.
    facts.set('ben', [], null);
    const listed = sampleRecord({ aupVersionSha256: undefined, aupClauseRevisions: { phones: 1 } });
    facts.set('sian', [listed], listed);
    expect(facts.versionsNamed().size).toBe(0);
  });
});

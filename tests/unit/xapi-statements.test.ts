import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { DomainError } from '../../electron/services/errors';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { uuidV5 } from '../../electron/services/xapi/statement-id';

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi/',
  passMarkPercent: 80,
};

function makeRecord(overrides: Partial<AcceptanceRecord> = {}): AcceptanceRecord {
  return {
    recordId: '2b1f7a0e-5c1d-4a8e-9f3b-0d6c2e4a1b7c',
    learner: { fullName: 'Siân Example', role: 'volunteer', identifier: 'sian@example.org' },
    recordType: 'induction',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: { phones: 1 },
    locale: 'cy',
    moduleScores: [
      { moduleId: 'phones', percent: 100, attempts: 1 },
      { moduleId: 'gaming', percent: 50, attempts: 2 },
    ],
    overallPercent: 85,
    startedAt: '2026-03-01T09:00:00Z',
    completedAt: '2026-03-01T09:40:30Z',
    signedAt: '2026-03-01T09:41:00Z',
    deviceId: 'device-1',
    signatureMethod: 'typed',
    signatureSha256: 'b'.repeat(64),
    certificateCode: 'AB12-CD34-EF56-GH78',
    expiresOn: '2027-03-01',
    organisationName: 'Example Charity',
    ...overrides,
  };
}

describe('xAPI statements for a completion', () => {
  it('name-based ids match the RFC 4122 version 5 algorithm', () => {
    // Reference value from Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('a completion becomes course completed, one statement per module, and the policy accepted', () => {
    const statements = recordToStatements(makeRecord(), OPTIONS);
    expect(statements.map((s) => s.verb.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/completed',
      'http://adlnet.gov/expapi/verbs/passed',
      'http://adlnet.gov/expapi/verbs/failed',
      'http://activitystrea.ms/schema/1.0/accept',
    ]);
    const [course, phones, gaming, aup] = statements;
    expect(course?.object.id).toBe('https://charity.example.org/xapi/course');
    expect(course?.result).toMatchObject({
      score: { scaled: 0.85 },
      success: true,
      duration: 'PT2430S',
    });
    expect(course?.timestamp).toBe('2026-03-01T09:40:30Z');
    expect(phones?.object.id).toBe('https://charity.example.org/xapi/modules/phones');
    expect(gaming?.result).toMatchObject({ score: { scaled: 0.5 }, success: false });
    expect(aup?.timestamp).toBe('2026-03-01T09:41:00Z');
    expect(
      aup?.context?.extensions?.['https://charity.example.org/xapi/extensions/aup-version'],
    ).toBe('2026.1');
  });

  it('a learner who gave an email is identified by it (mbox) and is named', () => {
    for (const statement of recordToStatements(makeRecord(), OPTIONS)) {
      expect(statement.actor).toEqual({
        objectType: 'Agent',
        name: 'Siân Example',
        mbox: 'mailto:sian@example.org',
      });
      expect(statement.context?.registration).toBe('2b1f7a0e-5c1d-4a8e-9f3b-0d6c2e4a1b7c');
    }
  });

  it('exporting the same record twice gives the same statement ids, and different records differ', () => {
    const first = recordToStatements(makeRecord(), OPTIONS).map((s) => s.id);
    const again = recordToStatements(makeRecord(), OPTIONS).map((s) => s.id);
    const other = recordToStatements(
      makeRecord({ recordId: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }),
      OPTIONS,
    ).map((s) => s.id);
    expect(again).toEqual(first);
    expect(new Set([...first, ...other]).size).toBe(8);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
  });

  it('a course overall score under the pass mark is reported as not successful', () => {
    const [course] = recordToStatements(makeRecord({ overallPercent: 79 }), OPTIONS);
    expect(course?.result?.success).toBe(false);
  });

  it('an invalid home page is refused with a clear error', () => {
    expect(() => recordToStatements(makeRecord(), { ...OPTIONS, homePage: 'charity' })).toThrow(
      DomainError,
    );
  });
});

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import {
  certificatePayload,
  parseCertificatePayload,
} from '../../electron/services/certificates/certificate-payload';
import { CertificateService } from '../../electron/services/certificates/certificate-service';
import { Ledger } from '../../electron/services/ledger/ledger';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { drawnSignatureDataUrl } from './fixtures/drawn-signature';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_KEY, TEST_LEDGER } from '../support/test-device-key';

let dir: string;
let cleanup: () => Promise<void>;
let signatures: SignatureStore;
let today: Date;
beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  signatures = new SignatureStore(dir);
  today = new Date('2026-06-15T12:00:00Z');
});
afterEach(() => cleanup());

/** The real certificate service over the ledger as it is on disk now. */
function service(): CertificateService {
  return new CertificateService({
    ledger: () => Ledger.open(dir, TEST_LEDGER),
    deviceKey: async () => TEST_KEY,
    signatures,
    dataDir: dir,
    dialogs: new TestDialogs(dir),
    uiLocale: () => 'en-GB',
    now: () => today,
    timeZone: () => 'Europe/London',
  });
}
const verify = (input: string) => service().verify(input);

/** A ledger holding two signed records, as the app leaves it after two completions. */
async function ledgerWithSigned(): Promise<AcceptanceRecord[]> {
  const ledger = await Ledger.open(dir, TEST_LEDGER);
  const records: AcceptanceRecord[] = [];
  for (const name of ['Ольга Иванова', 'Seán Ó Briain']) {
    const signatureSha256 = await signatures.saveTyped(name);
    const record = sampleRecord({
      learner: { fullName: name, role: 'staff', identifier: name },
      signatureSha256,
    });
    await ledger.appendCompletion(record);
    records.push(record);
  }
  return records;
}

/** What the lead is shown of a genuine certificate. */
const shown = (record: AcceptanceRecord) => ({
  fullName: record.learner.fullName,
  role: record.learner.role,
  recordType: record.recordType,
  completedAt: record.completedAt,
  expiresOn: record.expiresOn,
  organisationName: record.organisationName,
  certificateCode: record.certificateCode,
  aupVersion: record.aupVersion,
  // Checked directly against the ledger: no kept texts to show (the app's service adds them).
  signedClauses: null,
});

/** Replaces one character of one field in the digest part of a payload. */
const withDigest = (payload: string, digest: string) => payload.replace(/[0-9a-f]{16}$/, digest);

describe('QR payload', () => {
  it('is a short ESI1 string naming the code, the record and a 16-digit fingerprint', () => {
    const record = sampleRecord();
    const payload = certificatePayload(record);
    expect(payload).toBe(`ESI1.${record.certificateCode}.${record.recordId}.${payload.slice(-16)}`);
    expect(payload.slice(-16)).toMatch(/^[0-9a-f]{16}$/);
    expect(parseCertificatePayload(payload)).toEqual({
      certificateCode: record.certificateCode,
      recordId: record.recordId,
      digest: payload.slice(-16),
    });
  });

  it('changes its fingerprint when any field of the record changes', () => {
    const record = sampleRecord();
    const changed = { ...record, overallPercent: record.overallPercent - 1 };
    expect(certificatePayload(changed)).not.toBe(certificatePayload(record));
  });

  it.each(['', 'ESI1', 'ESI2.ABCD-EFGH-JKMN-PQRS.x.0123456789abcdef', 'https://example.org'])(
    'does not read %j as a payload',
    (text) => expect(parseCertificatePayload(text)).toBeNull(),
  );
});

describe('verifying a certificate', () => {
  it('confirms a genuine certificate from its QR payload, showing whose it is', async () => {
    const [, record] = await ledgerWithSigned();
    expect(await verify(certificatePayload(record!))).toEqual({
      outcome: 'valid',
      record: shown(record!),
    });
  });

  it('confirms certificates signed with a drawn signature, stored now or at full size before', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const small = await signatures.saveDrawn(drawnSignatureDataUrl(3));
    // Before the fixed size, the pad's own PNG was stored as it came: it is never checked again.
    const old = await QRCode.toBuffer('a drawing at the pad’s full size', { type: 'png' });
    const oldSha256 = createHash('sha256').update(old).digest('hex');
    await mkdir(join(dir, 'signatures'), { recursive: true });
    await writeFile(join(dir, 'signatures', `${oldSha256}.png`), old);
    for (const [name, signatureSha256] of [
      ['Siân Llŵyd', small],
      ['Łukasz Nowak', oldSha256],
    ] as const) {
      const record = sampleRecord({
        learner: { fullName: name, role: 'volunteer', identifier: name },
        signatureMethod: 'drawn',
        signatureSha256,
      });
      await ledger.appendCompletion(record);
      expect(await verify(certificatePayload(record))).toEqual({
        outcome: 'valid',
        record: shown(record),
      });
    }
  });

  it('confirms a genuine certificate from its code typed in lower case with spaces', async () => {
    const [record] = await ledgerWithSigned();
    const typed = record!.certificateCode.toLowerCase().replace(/-/g, ' ');
    expect(await verify(typed)).toEqual({ outcome: 'valid', record: shown(record!) });
  });

  it('says a genuine certificate whose refresher date has passed is expired', async () => {
    const [record] = await ledgerWithSigned();
    today = new Date('2027-03-03T09:00:00Z');
    expect(await verify(record!.certificateCode)).toEqual({
      outcome: 'expired',
      record: shown(record!),
    });
  });

  it('says a well-formed code that this ledger never issued is not found', async () => {
    await ledgerWithSigned();
    expect(await verify('ABCD-EFGH-JKMN-PQRS')).toEqual({ outcome: 'not-found', record: null });
  });

  it('says text that cannot be a code is unreadable, not an error', async () => {
    await ledgerWithSigned();
    expect(await verify('hello there')).toEqual({ outcome: 'unreadable', record: null });
  });

  it('says an erased record is erased from the QR, and not found from the code', async () => {
    const [record] = await ledgerWithSigned();
    await (await Ledger.open(dir, TEST_LEDGER)).eraseRecords([record!.recordId], 'subject-request');
    expect(await verify(certificatePayload(record!))).toEqual({ outcome: 'erased', record: null });
    expect(await verify(record!.certificateCode)).toEqual({ outcome: 'not-found', record: null });
  });

  it('says damaged when the ledger entry behind the code was edited', async () => {
    const [record] = await ledgerWithSigned();
    const file = join(dir, 'ledger.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"overallPercent":85', '"overallPercent":99'));
    expect(await verify(record!.certificateCode)).toEqual({ outcome: 'damaged', record: null });
  });

  it('says mismatch when the QR fingerprint does not match the record', async () => {
    const [record] = await ledgerWithSigned();
    const forged = withDigest(certificatePayload(record!), '0123456789abcdef');
    expect(await verify(forged)).toEqual({ outcome: 'mismatch', record: null });
  });

  it('says mismatch when a QR pairs one person’s code with another’s record', async () => {
    const [first, second] = (await ledgerWithSigned()) as [AcceptanceRecord, AcceptanceRecord];
    const swapped = certificatePayload(second).replace(second.recordId, first.recordId);
    expect(await verify(swapped)).toMatchObject({ outcome: 'mismatch' });
    const invented = certificatePayload(first).replace(
      first.certificateCode,
      'ABCD-EFGH-JKMN-PQRS',
    );
    expect(await verify(invented)).toMatchObject({ outcome: 'mismatch' });
  });

  it('says damaged when the signature file the record names was changed', async () => {
    const [record] = await ledgerWithSigned();
    await writeFile(join(dir, 'signatures', `${record!.signatureSha256}.txt`), 'someone else');
    expect(await verify(record!.certificateCode)).toEqual({ outcome: 'damaged', record: null });
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  certificatePayload,
  parseCertificatePayload,
} from '../../electron/services/certificates/certificate-payload';
import { verifyCertificate } from '../../electron/services/certificates/verify-certificate';
import { Ledger } from '../../electron/services/ledger/ledger';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let signatures: SignatureStore;
beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  signatures = new SignatureStore(dir);
});
afterEach(() => cleanup());

/** A ledger holding two signed records, as the app leaves it after two completions. */
async function ledgerWithSigned(): Promise<{ ledger: Ledger; records: AcceptanceRecord[] }> {
  const ledger = await Ledger.open(dir);
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
  return { ledger, records };
}

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
  it('confirms a genuine certificate from its QR payload', async () => {
    const { ledger, records } = await ledgerWithSigned();
    const record = records[1]!;
    expect(await verifyCertificate(certificatePayload(record), ledger, signatures)).toEqual({
      status: 'valid',
      record,
    });
  });

  it('confirms a genuine certificate from its code typed in lower case with spaces', async () => {
    const { ledger, records } = await ledgerWithSigned();
    const typed = records[0]!.certificateCode.toLowerCase().replace(/-/g, ' ');
    const result = await verifyCertificate(typed, ledger, signatures);
    expect(result).toEqual({ status: 'valid', record: records[0] });
  });

  it('says a well-formed code that this ledger never issued is unknown', async () => {
    const { ledger } = await ledgerWithSigned();
    const result = await verifyCertificate('ABCD-EFGH-JKMN-PQRS', ledger, signatures);
    expect(result).toEqual({ status: 'unknown', reason: 'not-found' });
  });

  it('says text that cannot be a code is unknown, not an error', async () => {
    const { ledger } = await ledgerWithSigned();
    const result = await verifyCertificate('hello there', ledger, signatures);
    expect(result).toEqual({ status: 'unknown', reason: 'not-a-code' });
  });

  it('says an erased record is unknown: "erased" from the QR, "not found" from the code', async () => {
    const { ledger, records } = await ledgerWithSigned();
    const record = records[0]!;
    await ledger.eraseRecords([record.recordId], 'subject-request');
    const reopened = await Ledger.open(dir);
    expect(await verifyCertificate(certificatePayload(record), reopened, signatures)).toEqual({
      status: 'unknown',
      reason: 'erased',
    });
    expect(await verifyCertificate(record.certificateCode, reopened, signatures)).toEqual({
      status: 'unknown',
      reason: 'not-found',
    });
  });

  it('reports tampering when the ledger entry behind the code was edited', async () => {
    const { records } = await ledgerWithSigned();
    const file = join(dir, 'ledger.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"overallPercent":85', '"overallPercent":99'));
    const edited = await Ledger.open(dir);
    const result = await verifyCertificate(records[0]!.certificateCode, edited, signatures);
    expect(result).toMatchObject({ status: 'tampered', reason: 'ledger-entry' });
  });

  it('reports tampering when the QR fingerprint does not match the record', async () => {
    const { ledger, records } = await ledgerWithSigned();
    const forged = withDigest(certificatePayload(records[0]!), '0123456789abcdef');
    const result = await verifyCertificate(forged, ledger, signatures);
    expect(result).toMatchObject({ status: 'tampered', reason: 'payload' });
  });

  it('reports tampering when a QR pairs one person’s code with another’s record', async () => {
    const { ledger, records } = await ledgerWithSigned();
    const [first, second] = [records[0]!, records[1]!];
    const swapped = certificatePayload(second).replace(second.recordId, first.recordId);
    expect(await verifyCertificate(swapped, ledger, signatures)).toMatchObject({
      status: 'tampered',
      reason: 'payload',
    });
    const invented = certificatePayload(first).replace(
      first.certificateCode,
      'ABCD-EFGH-JKMN-PQRS',
    );
    expect(await verifyCertificate(invented, ledger, signatures)).toMatchObject({
      status: 'tampered',
      reason: 'payload',
    });
  });

  it('reports tampering when the signature file the record names was changed', async () => {
    const { ledger, records } = await ledgerWithSigned();
    const record = records[0]!;
    await writeFile(join(dir, 'signatures', `${record.signatureSha256}.txt`), 'someone else');
    const result = await verifyCertificate(record.certificateCode, ledger, signatures);
    expect(result).toMatchObject({ status: 'tampered', reason: 'signature' });
  });
});

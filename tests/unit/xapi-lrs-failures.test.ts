import { createServer, type Server, type ServerResponse, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendStatements } from '../../electron/services/xapi/send-statements';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';

const PASSWORD = 'Pa55word-for-the-lrs';
const RECORD: AcceptanceRecord = {
  recordId: '3d9e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60',
  learner: { fullName: 'Test Person', role: 'agency', identifier: 'A-77' },
  recordType: 'induction',
  aupVersion: '1',
  aupTextSha256: '0'.repeat(64),
  aupClauseRevisions: {},
  locale: 'en-GB',
  moduleScores: [],
  overallPercent: 100,
  startedAt: '2026-01-01T09:00:00Z',
  completedAt: '2026-01-01T09:10:00Z',
  signedAt: '2026-01-01T09:11:00Z',
  deviceId: 'd',
  signatureMethod: 'typed',
  signatureSha256: '1'.repeat(64),
  certificateCode: 'AAAA-BBBB-CCCC-DDDD',
  expiresOn: '2027-01-01',
  organisationName: 'Org',
};
const STATEMENTS = recordToStatements(RECORD, {
  homePage: 'https://org.example',
  activityBase: 'https://org.example/xapi',
  passMarkPercent: 80,
});

let server: Server;
let handler: (req: IncomingMessage, res: ServerResponse) => void;

beforeAll(async () => {
  // A real HTTP server standing in for a misbehaving LRS or proxy in front of one.
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function endpoint(): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/xAPI`;
}

function send(timeoutMs?: number) {
  return sendStatements(STATEMENTS, {
    endpoint: endpoint(),
    username: 'key',
    password: PASSWORD,
    ...(timeoutMs ? { timeoutMs } : {}),
  }).catch((e: unknown) => e);
}

describe('when the LRS misbehaves', () => {
  it('wrong credentials are reported as unauthorised, with anything echoing them scrubbed', async () => {
    handler = (req, res) => {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({ message: `Bad credentials ${req.headers.authorization} ${PASSWORD}` }),
      );
    };
    const error = await send();
    expect(error).toMatchObject({ code: 'xapi.unauthorised', details: { status: 401 } });
    const text = JSON.stringify(error);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(`key:${PASSWORD}`).toString('base64'));
  });

  it('a proxy error page becomes a server error with its readable text', async () => {
    handler = (_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      res.end('<html><body><h1>Service Unavailable</h1></body></html>');
    };
    await expect(send()).resolves.toMatchObject({
      code: 'xapi.serverError',
      details: { status: 503, message: 'Service Unavailable' },
    });
  });

  it('an LRS that never answers ends in a timeout error instead of hanging', async () => {
    handler = () => undefined;
    await expect(send(300)).resolves.toMatchObject({ code: 'xapi.timeout' });
  });

  it('the request carries the xAPI version header and Basic credentials', async () => {
    const seen: IncomingMessage['headers'][] = [];
    handler = (req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[]');
    };
    await expect(send()).resolves.toEqual({ sent: STATEMENTS.length, alreadyStored: 0 });
    expect(seen[0]?.['x-experience-api-version']).toBe('1.0.3');
    expect(seen[0]?.authorization).toBe(
      `Basic ${Buffer.from(`key:${PASSWORD}`).toString('base64')}`,
    );
  });
});

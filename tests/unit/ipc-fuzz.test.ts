import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, OPERATION_NAMES, operations } from '../../common/ipc/contract';
import type { OperationName } from '../../common/ipc/channels';
import type { Dispatch } from '../../electron/ipc/router';
import type { AppServices } from '../../electron/services/app-services';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { APP_SENDER, folderDigest, routerFor, servicesAt } from './fixtures/app-under-test';
import { SAMPLE_INPUTS } from './fixtures/ipc-samples';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/**
 * Hostile calls on every channel, through the real router and the real handlers, on a real data
 * folder holding a set-up device with records: each must come back as a typed refusal (never a
 * thrown error, never "unexpected"), and the folder must be byte-for-byte what it was.
 */

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = wrap(value);
  return value;
}

/** Values no field of any operation may accept, wherever they are put. */
const HOSTILE: Array<[string, unknown]> = [
  ['a 10 MB string', TEN_MB],
  ['arrays nested 10,000 deep', nested(10_000, (inner) => [inner])],
  ['objects nested 10,000 deep', nested(10_000, (inner) => ({ a: inner }))],
  ['a __proto__ payload', JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true}}')],
  ['a constructor payload', JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')],
];

/** Values of the wrong type for most fields; skipped where a field legitimately takes one. */
const WRONG_TYPES: Array<[string, unknown]> = [
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['-1', -1],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['a bigint', 10n],
  ['a string', 'text'],
  ['an empty array', []],
  ['an array', [1, 'two', { three: 3 }]],
  ['an empty object', {}],
  ['a date', new Date(0)],
  ['bytes', new Uint8Array([1, 2, 3])],
];

/** More well-formed arguments, so every branch of a union and every optional field is tried. */
const MORE_SAMPLES: Partial<Record<OperationName, unknown[]>> = {
  leadRecords: [
    {
      filter: {
        search: 'ana',
        role: 'volunteer',
        status: 'overdue',
        recordType: 'refresher',
        from: '2025-01-01',
        to: '2025-12-31',
      },
      sort: { key: 'completedAt', direction: 'desc' },
      offset: 0,
      limit: 500,
    },
  ],
  leadStartExport: [
    {
      kind: 'xapi-send',
      locale: 'cy',
      filter: { search: 'ana' },
      homePage: 'https://example.org/',
      endpoint: 'https://lrs.example.org/xapi',
      username: 'user',
      password: 'secret',
    },
    { kind: 'xapi-file', locale: 'en-GB', homePage: 'https://example.org/' },
    { kind: 'certificates-folder', locale: 'en-GB' },
  ],
  learningAnswer: [{ ...SAMPLE_INPUTS.learningAnswer, quiz: { kind: 'module', moduleId: 'm' } }],
  signAgreement: [
    {
      ...SAMPLE_INPUTS.signAgreement,
      signature: { method: 'drawn', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
    },
  ],
};

type Mutation = { what: string; input: unknown; mustRefuse: boolean };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `root` with the value at `path` replaced (own data properties only, as IPC gives). */
function replaced(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head = '', ...rest] = path;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(root)
    ? [...root]
    : { ...(root as Record<string, unknown>) };
  Object.defineProperty(copy, head, {
    value: replaced((root as Record<string, unknown>)[head], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** Every path to a field or an element in a sample input, the root included. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...paths(v, [...prefix, `${i}`])));
  else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) found.push(...paths(v, [...prefix, key]));
  }
  return found;
}

function mutationsOf(name: OperationName): Mutation[] {
  return [SAMPLE_INPUTS[name], ...(MORE_SAMPLES[name] ?? [])].flatMap(mutationsOfSample);
}

function mutationsOfSample(sample: unknown): Mutation[] {
  const mutations: Mutation[] = [];
  for (const path of paths(sample)) {
    const at = path.length === 0 ? 'the whole argument' : `"${path.join('.')}"`;
    for (const [what, value] of HOSTILE) {
      mutations.push({
        what: `${at} as ${what}`,
        input: replaced(sample, path, value),
        mustRefuse: true,
      });
    }
    for (const [what, value] of WRONG_TYPES) {
      mutations.push({
        what: `${at} as ${what}`,
        input: replaced(sample, path, value),
        mustRefuse: false,
      });
    }
    const node = path.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], sample);
    if (typeof node === 'string') {
      // Still well-formed (an address stays an address), only 10 MB long: only a limit stops it.
      const padded = replaced(sample, path, `${node}${TEN_MB}`);
      mutations.push({ what: `${at} padded to 10 MB`, input: padded, mustRefuse: true });
    }
    if (isObject(node)) {
      for (const key of ['__proto__', 'constructor', 'prototype', 'isAdmin']) {
        const extra = replaced(sample, [...path, key], { polluted: true });
        mutations.push({
          what: `${at} with an extra "${key}" key`,
          input: extra,
          mustRefuse: true,
        });
      }
    }
  }
  return mutations;
}

const UNTRUSTED_SENDERS = [
  { url: 'app://esafety/index.html', isMainFrame: false },
  { url: 'https://evil.example/', isMainFrame: true },
  { url: 'app://evil/index.html', isMainFrame: true },
  { url: 'file:///index.html', isMainFrame: true },
  { url: 'about:blank', isMainFrame: true },
  { url: undefined, isMainFrame: true },
];

let temp: { dir: string; cleanup: () => Promise<void> };
let userData: string;
let services: AppServices;
let dispatch: Dispatch;
let reached: string[];
let before: Record<string, string>;
type Sender = Parameters<Dispatch>[2];

beforeAll(async () => {
  temp = await withTempDir();
  userData = join(temp.dir, 'user-data');
  const exportsDir = join(temp.dir, 'exports');
  await mkdir(exportsDir);
  services = servicesAt(userData, { dialogs: new TestDialogs(exportsDir) });
  ({ dispatch, reached } = routerFor(services));
  // A device in use: set up, two signed records, one learner part-way through.
  expect(
    await dispatch(channelOf('completeSetup'), SAMPLE_INPUTS.completeSetup, APP_SENDER),
  ).toMatchObject({ ok: true });
  const signatures = new SignatureStore(services.env.dataDir);
  for (const fullName of ['Ana Price', 'Ben Hall']) {
    const signatureSha256 = await signatures.saveTyped(fullName);
    const learner = { fullName, role: 'staff', identifier: `${fullName[0]}@example.org` } as const;
    await (await services.ledger()).appendCompletion(sampleRecord({ learner, signatureSha256 }));
  }
  expect(
    await dispatch(channelOf('learningStart'), SAMPLE_INPUTS.learningStart, APP_SENDER),
  ).toMatchObject({ ok: true });
  before = await folderDigest(userData);
});
afterAll(() => temp.cleanup());

/** Calls one channel; a thrown error or a rejected promise is turned into a finding. */
async function call(channel: string, input: unknown, sender: Sender = APP_SENDER) {
  try {
    return await dispatch(channel, input, sender);
  } catch (error) {
    return { thrown: String(error).slice(0, 200) };
  }
}

describe('hostile IPC input', () => {
  // Each test judges only the handlers its own calls reached.
  beforeEach(() => {
    reached.length = 0;
  });

  it.each(OPERATION_NAMES)(
    '%s refuses every malformed argument with a typed failure',
    async (name) => {
      // The lead session is open, so lead operations get as far as their schema.
      services.leadSession.open(services.env.now());
      const schema = operations[name].input;
      const findings: string[] = [];
      for (const { what, input, mustRefuse } of mutationsOf(name)) {
        if (!mustRefuse && schema.safeParse(input).success) continue;
        const result = await call(channelOf(name), input);
        if (!('ok' in result)) findings.push(`${what}: threw ${result.thrown}`);
        else if (result.ok) findings.push(`${what}: accepted`);
        else if (result.error.code !== 'invalid-argument')
          findings.push(`${what}: ${result.error.code}`);
        else if (JSON.stringify(result).length > 1000)
          findings.push(`${what}: echoed the input back`);
      }
      expect(findings).toEqual([]);
      expect(reached).toEqual([]);
      expect(await folderDigest(userData)).toEqual(before);
    },
  );

  it.each(OPERATION_NAMES)(
    '%s refuses a well-formed call from a sender that is not the app',
    async (name) => {
      for (const sender of UNTRUSTED_SENDERS) {
        expect(await call(channelOf(name), SAMPLE_INPUTS[name], sender)).toMatchObject({
          ok: false,
          error: { code: 'untrusted-sender' },
        });
      }
      expect(reached).toEqual([]);
      expect(await folderDigest(userData)).toEqual(before);
    },
  );

  it('a lead operation with a hostile argument and no session is refused as locked', async () => {
    services.leadSession.lock();
    for (const name of OPERATION_NAMES.filter((n) => operations[n].access === 'lead')) {
      for (const [, value] of HOSTILE) {
        expect(await call(channelOf(name), value)).toMatchObject({
          ok: false,
          error: { code: 'lead-locked-session' },
        });
      }
    }
    expect(reached).toEqual([]);
  });

  it.each([
    '__proto__',
    'constructor',
    'esafety:__proto__',
    'esafety:constructor',
    'esafety:toString',
    '',
  ])('a channel named %j that is not in the contract is refused', async (channel) => {
    expect(await call(channel, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('no payload polluted any prototype', () => {
    const probe: Record<string, unknown> = {};
    expect([
      probe.polluted,
      probe.isAdmin,
      Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
    ]).toEqual([undefined, undefined, false]);
  });
});

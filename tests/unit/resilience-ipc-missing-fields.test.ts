import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, OPERATION_NAMES, operations } from '../../common/ipc/contract';
import type { OperationName } from '../../common/ipc/channels';
import type { Dispatch } from '../../electron/ipc/router';
import type { AppServices } from '../../electron/services/app-services';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { APP_SENDER, folderDigest, routerFor, servicesAt } from './fixtures/app-under-test';
import { SAMPLE_INPUTS } from './fixtures/ipc-samples';
import { withTempDir } from './fixtures/temp-dir';

/**
 * ipc-fuzz.test.ts replaces every field with hostile or wrong values; this drops them. A field
 * left out (a renderer built against an older contract, a forged call) must be refused as the
 * wrong shape, naming the field, before any handler runs; only fields the contract marks
 * optional may be missing.
 */
const MAY_BE_MISSING: Partial<Record<OperationName, string[]>> = {
  leadRecords: ['filter.search'],
  // Left out, the saved secret is kept (the form does not show it again).
  leadSaveLrsSettings: ['secret'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sample with the field at `path` left out. */
function without(root: unknown, path: string[]): unknown {
  const [head = '', ...rest] = path;
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/** Every path to an object's field in a sample (arrays' elements are not fields). */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    [...prefix, key],
    ...fieldPaths(inner, [...prefix, key]),
  ]);
}

let temp: { dir: string; cleanup: () => Promise<void> };
let userData: string;
let services: AppServices;
let dispatch: Dispatch;
let reached: string[];

beforeAll(async () => {
  temp = await withTempDir();
  userData = join(temp.dir, 'user-data');
  await mkdir(join(temp.dir, 'exports'));
  services = servicesAt(userData, { dialogs: new TestDialogs(join(temp.dir, 'exports')) });
  ({ dispatch, reached } = routerFor(services));
  await dispatch(channelOf('completeSetup'), SAMPLE_INPUTS.completeSetup, APP_SENDER);
});
afterAll(() => temp.cleanup());

describe('an IPC call with a field left out', () => {
  it.each(OPERATION_NAMES.filter((name) => fieldPaths(SAMPLE_INPUTS[name]).length > 0))(
    '%s refuses it, naming the field, and changes nothing',
    async (name) => {
      services.leadSession.open(services.env.now());
      const before = await folderDigest(userData);
      reached.length = 0;
      const accepted: string[] = [];
      for (const path of fieldPaths(SAMPLE_INPUTS[name])) {
        const field = path.join('.');
        const input = without(SAMPLE_INPUTS[name], path);
        if (operations[name].input.safeParse(input).success) {
          accepted.push(field);
          continue;
        }
        const result = await dispatch(channelOf(name), input, APP_SENDER);
        expect(result, field).toMatchObject({
          ok: false,
          error: { code: 'invalid-argument', i18nKey: 'errors.ipc.invalidArgument' },
        });
        if (!result.ok) expect(String(result.error.details.path)).toContain(path[0]);
      }
      expect(accepted).toEqual(MAY_BE_MISSING[name] ?? []);
      expect(reached).toEqual([]);
      expect(await folderDigest(userData)).toEqual(before);
    },
  );
});

import { rename } from 'node:fs/promises';
import { DomainError } from '../errors';
import {
  leadAuthFileSchema,
  leadAuthLastGoodPath,
  leadAuthPath,
  leadRecoveryFileSchema,
  leadRecoveryPath,
  readStateFile,
  writeLeadAuthFile,
  writeLeadRecoveryFile,
  type LeadAuthFile,
  type LeadRecoveryFile,
} from './lead-auth-file';
import {
  afterFailure,
  MAX_ATTEMPTS_BEFORE_LOCK,
  NO_LOCKOUT,
  retryAfterSeconds,
  type LockoutState,
} from './lockout';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';
import {
  hashSecret,
  isWeakerThan,
  OWASP_SCRYPT,
  scryptParamsProblem,
  verifySecret,
  type ScryptParams,
  type StoredHash,
} from './scrypt-hash';
import { newPassphraseProblem } from '../../../common/setup/passphrase-rule';

export {
  MAX_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_LENGTH,
} from '../../../common/setup/passphrase-rule';

const WRONG_SECRET = {
  passphrase: ['lead-wrong-passphrase', 'errors.lead.wrongPassphrase'],
  recoveryCode: ['lead-wrong-recovery-code', 'errors.lead.wrongRecoveryCode'],
} as const;

export interface LeadAuthOptions {
  dataDir: string;
  now: () => Date;
  /**
   * Defaults to OWASP's; tests pass the cheapest the app accepts (SCRYPT_FLOOR) because the real
   * cost is ~0.3 s per hash. Anything below the floor is refused.
   */
  scrypt?: ScryptParams;
}

export interface LeadLockStatus {
  isSetUp: boolean;
  retryAfterSeconds: number;
  /**
   * The passphrase file and its last-good copy are both unusable: only the recovery code can
   * open the lead area again, by setting a new passphrase.
   */
  needsRecoveryCode: boolean;
}

/** What is on disk, read once per operation. */
type AuthState =
  | { kind: 'not-set-up' }
  | { kind: 'ready'; file: LeadAuthFile }
  /** Both auth files unusable; `recovery` is null when the recovery record is unusable too. */
  | { kind: 'damaged'; recovery: LeadRecoveryFile | null };

/**
 * The e-safety lead's passphrase, recovery code and lockout (see lead-auth-file.ts for the three
 * files). Operations run one at a time so two quick attempts cannot both read the same count.
 */
export class LeadAuth {
  private readonly params: ScryptParams;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LeadAuthOptions) {
    this.params = options.scrypt ?? OWASP_SCRYPT;
    const problem = scryptParamsProblem(this.params);
    // Never write a hash this app would refuse to read back.
    if (problem) throw new Error(`scrypt parameters below the floor: ${problem}`);
  }

  async status(): Promise<LeadLockStatus> {
    return this.serial(async () => {
      const state = await this.load();
      const now = this.options.now();
      const lockout =
        state.kind === 'ready'
          ? state.file.lockout
          : state.kind === 'damaged'
            ? (state.recovery?.lockout ?? NO_LOCKOUT)
            : NO_LOCKOUT;
      return {
        isSetUp: state.kind !== 'not-set-up',
        retryAfterSeconds: retryAfterSeconds(lockout, now),
        needsRecoveryCode: state.kind === 'damaged',
      };
    });
  }

  /** First-run only. Returns the one-time recovery code to show the lead once. */
  async setUp(passphrase: string): Promise<string> {
    checkPassphrase(passphrase);
    return this.serial(async () => {
      const state = await this.load();
      if (state.kind === 'ready') {
        throw new DomainError('lead-already-set-up', 'errors.lead.alreadySetUp');
      }
      // A damaged file is not "no passphrase": that would let anyone who can edit it take over.
      if (state.kind === 'damaged') throw corrupt(state);
      return this.startAfresh(passphrase);
    });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.serial(async () => {
      const file = await this.ready();
      await this.checkedAttempt(passphrase, file, 'passphrase');
      const stale = isWeakerThan(file.passphrase, this.params);
      // Raise the cost of an old hash now, while we briefly hold the passphrase anyway.
      const passphraseHash = stale ? await hashSecret(passphrase, this.params) : file.passphrase;
      await this.save({ ...file, passphrase: passphraseHash, lockout: NO_LOCKOUT });
    });
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    checkPassphrase(newPassphrase);
    await this.serial(async () => {
      const file = await this.ready();
      await this.checkedAttempt(oldPassphrase, file, 'passphrase');
      const passphrase = await hashSecret(newPassphrase, this.params);
      await this.save({ ...file, passphrase, lockout: NO_LOCKOUT });
    });
  }

  /**
   * Uses up the recovery code, sets the new passphrase and returns the next recovery code. Works
   * when the passphrase files are both unusable, against the separate recovery record.
   */
  async resetWithRecoveryCode(code: string, newPassphrase: string): Promise<string> {
    checkPassphrase(newPassphrase);
    return this.serial(async () => {
      const state = await this.load();
      const secret = normaliseRecoveryCode(code);
      if (state.kind === 'not-set-up') {
        throw new DomainError('lead-not-set-up', 'errors.lead.notSetUp');
      }
      if (state.kind === 'ready') {
        await this.checkedAttempt(secret, state.file, 'recoveryCode');
      } else {
        const recovery = state.recovery;
        if (!recovery) throw corrupt(state);
        await this.attempt(
          secret,
          recovery.recoveryCode,
          recovery.lockout,
          'recoveryCode',
          (lockout) => writeLeadRecoveryFile(this.options.dataDir, { ...recovery, lockout }),
        );
        await this.keepAside(leadAuthPath(this.options.dataDir));
      }
      return this.startAfresh(newPassphrase);
    });
  }

  /** Checks a secret against the file's lockout; a wrong one is counted and saved. */
  private checkedAttempt(
    secret: string,
    file: LeadAuthFile,
    against: 'passphrase' | 'recoveryCode',
  ): Promise<void> {
    return this.attempt(secret, file[against], file.lockout, against, (lockout) =>
      this.save({ ...file, lockout }),
    );
  }

  /** Checks the lockout first, then the secret; a wrong one is counted before throwing. */
  private async attempt(
    secret: string,
    stored: StoredHash,
    lockout: LockoutState,
    kind: 'passphrase' | 'recoveryCode',
    saveLockout: (lockout: LockoutState) => Promise<void>,
  ): Promise<void> {
    const waitBefore = retryAfterSeconds(lockout, this.options.now());
    if (waitBefore > 0) {
      throw new DomainError('lead-locked', 'errors.lead.locked', { retryAfterSeconds: waitBefore });
    }
    if (await verifySecret(secret, stored)) return;

    const now = this.options.now();
    const next = afterFailure(lockout, now);
    await saveLockout(next);
    const wait = retryAfterSeconds(next, now);
    if (wait > 0)
      throw new DomainError('lead-locked', 'errors.lead.locked', { retryAfterSeconds: wait });
    const [code, i18nKey] = WRONG_SECRET[kind];
    throw new DomainError(code, i18nKey, {
      attemptsLeft: MAX_ATTEMPTS_BEFORE_LOCK - next.failedAttempts,
    });
  }

  /** A new passphrase and recovery code, written to all three files; returns the code. */
  private async startAfresh(passphrase: string): Promise<string> {
    const code = generateRecoveryCode();
    await this.save({
      version: 1,
      passphrase: await hashSecret(passphrase, this.params),
      recoveryCode: await hashSecret(normaliseRecoveryCode(code), this.params),
      lockout: NO_LOCKOUT,
    });
    return code;
  }

  private async ready(): Promise<LeadAuthFile> {
    const state = await this.load();
    if (state.kind === 'not-set-up')
      throw new DomainError('lead-not-set-up', 'errors.lead.notSetUp');
    if (state.kind === 'damaged') throw corrupt(state);
    return state.file;
  }

  /**
   * Reads the files: the main one if usable; else the last-good copy, put back in its place (the
   * damaged main file kept aside); else, if anything was ever written, damaged.
   */
  private async load(): Promise<AuthState> {
    const dir = this.options.dataDir;
    const main = await readStateFile(leadAuthPath(dir), leadAuthFileSchema);
    if (main.state === 'ok') return { kind: 'ready', file: main.value };
    const lastGood = await readStateFile(leadAuthLastGoodPath(dir), leadAuthFileSchema);
    if (lastGood.state === 'ok') {
      if (main.state === 'damaged') await this.keepAside(leadAuthPath(dir));
      await this.save(lastGood.value);
      return { kind: 'ready', file: lastGood.value };
    }
    const recovery = await readStateFile(leadRecoveryPath(dir), leadRecoveryFileSchema);
    if (main.state === 'missing' && lastGood.state === 'missing' && recovery.state === 'missing') {
      return { kind: 'not-set-up' };
    }
    return { kind: 'damaged', recovery: recovery.state === 'ok' ? recovery.value : null };
  }

  /**
   * The main file (read back, then copied to last-good), then the recovery record when its code
   * changed. In that order: a crash between them leaves a usable main file, never a recovery
   * record for a code nobody was shown.
   */
  private async save(file: LeadAuthFile): Promise<void> {
    const dir = this.options.dataDir;
    await writeLeadAuthFile(dir, file);
    const recovery = await readStateFile(leadRecoveryPath(dir), leadRecoveryFileSchema);
    if (recovery.state !== 'ok' || !sameHash(recovery.value.recoveryCode, file.recoveryCode)) {
      await writeLeadRecoveryFile(dir, {
        version: 1,
        recoveryCode: file.recoveryCode,
        lockout: NO_LOCKOUT,
      });
    }
  }

  /** A damaged file is renamed, never deleted: it is evidence if someone tampered with it. */
  private async keepAside(path: string): Promise<void> {
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    await rename(path, path.replace(/\.json$/, `.corrupt-${stamp}.json`)).catch(
      (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      },
    );
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function sameHash(a: StoredHash, b: StoredHash): boolean {
  return a.salt === b.salt && a.hash === b.hash && a.N === b.N && a.r === b.r && a.p === b.p;
}

function corrupt(state: Extract<AuthState, { kind: 'damaged' }>): DomainError {
  return state.recovery
    ? new DomainError('lead-auth-corrupt', 'errors.lead.authFileCorrupt')
    : new DomainError('lead-auth-unrecoverable', 'errors.lead.authUnrecoverable');
}

/** The same rule the forms check before sending (common/setup/passphrase-rule.ts). */
function checkPassphrase(passphrase: string): void {
  const problem = newPassphraseProblem(passphrase);
  if (problem?.key === 'errors.lead.passphraseTooShort') {
    throw new DomainError('lead-passphrase-too-short', problem.key, problem.values);
  }
  if (problem) throw new DomainError('lead-passphrase-too-long', problem.key, problem.values);
}

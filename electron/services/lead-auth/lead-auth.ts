import { DomainError } from '../errors';
import { readLeadAuthFile, writeLeadAuthFile, type LeadAuthFile } from './lead-auth-file';
import { afterFailure, MAX_ATTEMPTS_BEFORE_LOCK, NO_LOCKOUT, retryAfterSeconds } from './lockout';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';
import {
  hashSecret,
  isWeakerThan,
  OWASP_SCRYPT,
  verifySecret,
  type ScryptParams,
} from './scrypt-hash';

export const MIN_PASSPHRASE_LENGTH = 12;
/** Far above any real passphrase; stops a pasted novel from tying up scrypt. */
export const MAX_PASSPHRASE_LENGTH = 1024;

const WRONG_SECRET = {
  passphrase: ['lead-wrong-passphrase', 'errors.lead.wrongPassphrase'],
  recoveryCode: ['lead-wrong-recovery-code', 'errors.lead.wrongRecoveryCode'],
} as const;

export interface LeadAuthOptions {
  dataDir: string;
  now: () => Date;
  /** Defaults to OWASP's; tests pass cheaper ones because the real cost is ~0.3 s per hash. */
  scrypt?: ScryptParams;
}

export interface LeadLockStatus {
  isSetUp: boolean;
  retryAfterSeconds: number;
}

/**
 * The e-safety lead's passphrase, recovery code and lockout, kept in `<dataDir>/lead-auth.json`.
 * Operations run one at a time so two quick attempts cannot both read the same lockout count.
 */
export class LeadAuth {
  private readonly params: ScryptParams;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LeadAuthOptions) {
    this.params = options.scrypt ?? OWASP_SCRYPT;
  }

  async status(): Promise<LeadLockStatus> {
    return this.serial(async () => {
      const file = await readLeadAuthFile(this.options.dataDir);
      return {
        isSetUp: file !== null,
        retryAfterSeconds: file ? retryAfterSeconds(file.lockout, this.options.now()) : 0,
      };
    });
  }

  /** First-run only. Returns the one-time recovery code to show the lead once. */
  async setUp(passphrase: string): Promise<string> {
    checkPassphrase(passphrase);
    return this.serial(async () => {
      if ((await readLeadAuthFile(this.options.dataDir)) !== null) {
        throw new DomainError('lead-already-set-up', 'errors.lead.alreadySetUp');
      }
      const code = generateRecoveryCode();
      await this.save({
        version: 1,
        passphrase: await hashSecret(passphrase, this.params),
        recoveryCode: await hashSecret(normaliseRecoveryCode(code), this.params),
        lockout: NO_LOCKOUT,
      });
      return code;
    });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.serial(async () => {
      const file = await this.checkedAttempt(passphrase, 'passphrase');
      const stale = isWeakerThan(file.passphrase, this.params);
      // Raise the cost of an old hash now, while we briefly hold the passphrase anyway.
      const passphraseHash = stale ? await hashSecret(passphrase, this.params) : file.passphrase;
      await this.save({ ...file, passphrase: passphraseHash, lockout: NO_LOCKOUT });
    });
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    checkPassphrase(newPassphrase);
    await this.serial(async () => {
      const file = await this.checkedAttempt(oldPassphrase, 'passphrase');
      const passphrase = await hashSecret(newPassphrase, this.params);
      await this.save({ ...file, passphrase, lockout: NO_LOCKOUT });
    });
  }

  /** Uses up the recovery code, sets the new passphrase and returns the next recovery code. */
  async resetWithRecoveryCode(code: string, newPassphrase: string): Promise<string> {
    checkPassphrase(newPassphrase);
    return this.serial(async () => {
      await this.checkedAttempt(normaliseRecoveryCode(code), 'recoveryCode');
      const nextCode = generateRecoveryCode();
      await this.save({
        version: 1,
        passphrase: await hashSecret(newPassphrase, this.params),
        recoveryCode: await hashSecret(normaliseRecoveryCode(nextCode), this.params),
        lockout: NO_LOCKOUT,
      });
      return nextCode;
    });
  }

  /** Checks a secret against the lockout first; a wrong one is counted and saved before throwing. */
  private async checkedAttempt(
    secret: string,
    against: 'passphrase' | 'recoveryCode',
  ): Promise<LeadAuthFile> {
    const file = await readLeadAuthFile(this.options.dataDir);
    if (file === null) throw new DomainError('lead-not-set-up', 'errors.lead.notSetUp');
    const waitBefore = retryAfterSeconds(file.lockout, this.options.now());
    if (waitBefore > 0) {
      throw new DomainError('lead-locked', 'errors.lead.locked', { retryAfterSeconds: waitBefore });
    }
    if (await verifySecret(secret, file[against])) return file;

    const now = this.options.now();
    const lockout = afterFailure(file.lockout, now);
    await this.save({ ...file, lockout });
    const wait = retryAfterSeconds(lockout, now);
    if (wait > 0)
      throw new DomainError('lead-locked', 'errors.lead.locked', { retryAfterSeconds: wait });
    const [code, i18nKey] = WRONG_SECRET[against];
    throw new DomainError(code, i18nKey, {
      attemptsLeft: MAX_ATTEMPTS_BEFORE_LOCK - lockout.failedAttempts,
    });
  }

  private save(file: LeadAuthFile): Promise<void> {
    return writeLeadAuthFile(this.options.dataDir, file);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function checkPassphrase(passphrase: string): void {
  // Count characters as people see them, not UTF-16 units, so "ŵ" or an emoji counts once.
  const length = [...graphemes.segment(passphrase.normalize('NFC'))].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    throw new DomainError('lead-passphrase-too-short', 'errors.lead.passphraseTooShort', {
      minLength: MIN_PASSPHRASE_LENGTH,
    });
  }
  if (length > MAX_PASSPHRASE_LENGTH) {
    throw new DomainError('lead-passphrase-too-long', 'errors.lead.passphraseTooLong', {
      maxLength: MAX_PASSPHRASE_LENGTH,
    });
  }
}

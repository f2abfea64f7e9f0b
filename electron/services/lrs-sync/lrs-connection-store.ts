import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { LrsSettingsInput, LrsSettingsView } from '../../../common/lrs-sync/lrs-settings';
import { lrsSettingsInputSchema } from '../../../common/lrs-sync/lrs-settings';
import type { SecretProtector } from '../device-key/secret-protector';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { LrsConnection } from './lrs-sync';

/** In the data folder but outside anything a backup or export copies (they name their files). */
export const LRS_CONNECTION_FILE = 'lrs-connection.json';

const fileSchema = z.object({
  format: z.literal('esafety-lrs-connection'),
  version: z.literal(1),
  endpoint: z.string(),
  key: z.string(),
  activityBase: z.string(),
  homePage: z.string(),
  protection: z.enum(['os', 'none']),
  /** Base64: sealed by the OS ('os'), or the secret as it is ('none'). */
  secret: z.string(),
});
type ConnectionFile = z.infer<typeof fileSchema>;

export interface SavedLrs {
  connection: LrsConnection;
  activityBase: string;
  homePage: string;
}

/**
 * The LRS address, key and secret, held only in main. The secret is sealed with the OS's secret
 * store where there is one (Electron's safeStorage behind the SecretProtector port); where there
 * is none it is kept as it is and the lead sees a warning, as with the device key.
 */
export class LrsConnectionStore {
  private readonly path: string;
  private cached: SavedLrs | null | undefined;

  constructor(
    dataDir: string,
    private readonly protector: SecretProtector,
  ) {
    this.path = join(dataDir, LRS_CONNECTION_FILE);
  }

  async view(): Promise<LrsSettingsView> {
    const file = await this.readFile();
    if (!file) {
      const protection = await this.protector.protection();
      return {
        configured: false,
        endpoint: '',
        key: '',
        activityBase: '',
        homePage: '',
        secretSaved: false,
        protection,
      };
    }
    return {
      configured: true,
      endpoint: file.endpoint,
      key: file.key,
      activityBase: file.activityBase,
      homePage: file.homePage,
      secretSaved: file.secret !== '',
      protection: file.protection,
    };
  }

  /** Null while nothing is saved, or when the secret cannot be opened on this computer. */
  async saved(): Promise<SavedLrs | null> {
    if (this.cached !== undefined) return this.cached;
    const file = await this.readFile();
    this.cached = file ? await this.open(file) : null;
    return this.cached;
  }

  async save(input: LrsSettingsInput): Promise<LrsSettingsView> {
    const parsed = lrsSettingsInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new DomainError('lrsSync.settingsInvalid', 'errors.lrsSync.settingsInvalid');
    }
    const { endpoint, key, activityBase, homePage } = parsed.data;
    const previous = await this.readFile();
    let secretText = parsed.data.secret;
    if (secretText === undefined) {
      const opened = previous ? await this.open(previous) : null;
      if (!opened) throw new DomainError('lrsSync.secretMissing', 'errors.lrsSync.secretMissing');
      secretText = opened.connection.password;
    }
    const protection = await this.protector.protection();
    const secretBytes = Buffer.from(secretText, 'utf8');
    const secret = (
      protection === 'os' ? await this.protector.protect(secretBytes) : secretBytes
    ).toString('base64');
    const file: ConnectionFile = {
      format: 'esafety-lrs-connection',
      version: 1,
      endpoint,
      key,
      activityBase,
      homePage,
      protection,
      secret,
    };
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`);
    this.cached = undefined;
    return this.view();
  }

  async clear(): Promise<void> {
    await rm(this.path, { force: true });
    this.cached = undefined;
  }

  private async open(file: ConnectionFile): Promise<SavedLrs | null> {
    let password: string;
    try {
      const sealed = Buffer.from(file.secret, 'base64');
      password = (
        file.protection === 'os' ? await this.protector.unprotect(sealed) : sealed
      ).toString('utf8');
    } catch {
      // Sealed for another computer or user: the lead must enter the secret again.
      return null;
    }
    return {
      connection: { endpoint: file.endpoint, username: file.key, password },
      activityBase: file.activityBase,
      homePage: file.homePage,
    };
  }

  private async readFile(): Promise<ConnectionFile | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}

import { mkdir } from 'node:fs/promises';
import { DomainError } from '../errors';
import type { LeadAuth } from '../lead-auth/lead-auth';
import { keptDeviceId } from '../settings/device-id-file';
import type { SettingsService } from '../settings/settings-service';
import type { SetupInput } from '../../../common/setup/setup-input';

export interface SetupResult {
  /** Shown to the lead once; null when the passphrase was already set on an earlier try. */
  recoveryCode: string | null;
}

/**
 * First-run setup. The passphrase is set first (kept only as a slow hash by LeadAuth) and the
 * device is marked set up last, so learners can never start on a device without a lead. If the
 * app stopped between the two, the same lead can finish by giving the same passphrase again.
 */
export class SetupService {
  constructor(
    private readonly settings: SettingsService,
    private readonly leadAuth: LeadAuth,
    private readonly dataDir: string,
  ) {}

  async complete(input: SetupInput): Promise<SetupResult> {
    if (this.settings.get().setupComplete) {
      throw new DomainError('setup-already-complete', 'errors.setup.alreadyComplete');
    }
    // On a brand-new device nothing has created the data folder yet.
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    let recoveryCode: string | null = null;
    if ((await this.leadAuth.status()).isSetUp) await this.leadAuth.unlock(input.passphrase);
    else recoveryCode = await this.leadAuth.setUp(input.passphrase);
    this.settings.update({
      organisation: {
        orgName: input.orgName,
        esafetyLeadName: input.esafetyLeadName,
        esafetyLeadContact: input.esafetyLeadContact,
        safeguardingLeadName: input.safeguardingLeadName,
        safeguardingLeadContact: input.safeguardingLeadContact,
      },
      refresherMonths: input.refresherMonths,
      passMarkPercent: input.passMarkPercent,
      setupComplete: true,
    });
    // The data folder exists from here on: the device's id is kept beside it too.
    keptDeviceId(this.dataDir, this.settings.get().deviceId);
    return { recoveryCode };
  }
}

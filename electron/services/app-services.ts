import type { Locale } from '../../common/content/content-schema';
import { ContentService } from './content/content-service';
import { openDeviceKey, type OpenedDeviceKey } from './device-key/device-key-file';
import { sealOlderLedger } from './ledger/seal-older-ledger';
import type { SecretProtector } from './device-key/secret-protector';
import { LeadArea } from './lead/lead-area';
import { LrsSyncService } from './lrs-sync/lrs-sync-service';
import { LOCALES } from '../../common/i18n/locales';
import { LeadAuth } from './lead-auth/lead-auth';
import { LearningService } from './learning/learning-service';
import { LeadSession } from './lead-auth/lead-session';
import { Ledger } from './ledger/ledger';
import { prepareRecordIndex, recordIndexOf } from './records/record-index';
import type { NativeDialogs } from './platform/native-dialogs';
import { SettingsService, type SettingsFileSource } from './settings/settings-service';
import { keptDeviceId } from './settings/device-id-file';
import { SetupService } from './setup/setup-service';
import { CertificateService } from './certificates/certificate-service';
import { defaultFontsDir } from './certificates/certificate-fonts';
import { EvidenceService } from './evidence/evidence-service';
import { ReminderService } from './reminders/reminder-service';
import { SigningService } from './signing/sign-agreement';
import { SignatureStore } from './signatures/signature-store';
import { PolicyService } from './policy/policy-service';
import { PolicyStore } from './policy/policy-store';
import { AgreementVersions } from './policy/agreement-versions';
import { SignedTexts } from './policy/signed-texts';

/** Everything the services need from where they run; main and the e2e harness each build one. */
export interface AppEnvironment {
  appName: string;
  appVersion: string;
  /** Where the ledger, signatures, progress and answers live. */
  dataDir: string;
  /** The folder holding `content/<locale>/…`. */
  contentDir: string;
  settingsSource: SettingsFileSource;
  /** Keeps the device key sealed: Electron's safeStorage in the app, a test store in tests. */
  secretStore: SecretProtector;
  dialogs: NativeDialogs;
  now: () => Date;
  /** Where the certificate fonts are; defaults to the installed dejavu-fonts-ttf. */
  fontsDir?: string;
  /**
   * Read and check the ledger in a worker thread, with the full verification in the background
   * (Ledger.openInBackground), so main keeps answering. The app does; most tests open it in
   * line, which is quicker for a ledger of a few entries.
   */
  ledgerInWorker?: boolean;
  /** Where errors worth keeping go: main's log file. Tests and the e2e harness leave it out. */
  logError?: (source: string, error: unknown) => void;
  /** Lets main rebuild its native menu in the learner's language. */
  onLocaleChanged?: (locale: Locale) => void;
  /** The LRS is reached with this (tests may stand in); the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface AppServices {
  env: AppEnvironment;
  settings: SettingsService;
  content: ContentService;
  /** The organisation's own policy: draft, published versions, preview, content packs. */
  policy: PolicyService;
  /** The exact text of every signature, by digest. */
  signedTexts: SignedTexts;
  /** Each version of the agreement a record here was signed against (see AgreementVersions). */
  agreementVersions: AgreementVersions;
  /**
   * The key that seals the ledger, its checkpoint and backups, opened (or made) on first use,
   * with how it is kept (the lead area warns when the OS cannot protect it).
   */
  deviceKey: () => Promise<OpenedDeviceKey>;
  /** The completion ledger, opened on first use and shared by everyone who reads or appends. */
  ledger: () => Promise<Ledger>;
  leadAuth: LeadAuth;
  leadSession: LeadSession;
  lead: LeadArea;
  /** First-run setup by the e-safety lead. */
  setup: SetupService;
  /** The learner's journey: start, resume, modules, quizzes, and the summary signing needs. */
  learning: LearningService;
  /** Signing the acceptable-use agreement into the ledger. */
  signing: SigningService;
  /** Every certificate, for learner and lead: render, name, save, print, export, verify. */
  certificates: CertificateService;
  /** The evidence pack, the trustee's report and verifying a pack. */
  evidence: EvidenceService;
  /** Who falls due soon or is overdue, for reminders drafted in the lead's mail client. */
  reminders: ReminderService;
  /** The outbox of xAPI statements and its background sending to the organisation's LRS. */
  lrs: LrsSyncService;
}

export function createAppServices(env: AppEnvironment): AppServices {
  const settings = SettingsService.open(env.settingsSource, env.now);
  const ownDeviceId = keptDeviceId(env.dataDir, settings.get().deviceId);
  if (ownDeviceId) settings.restoreDeviceId(ownDeviceId);
  const policyStore = new PolicyStore(env.dataDir, env.now);
  const signedTexts = new SignedTexts(env.dataDir);
  const agreementVersions = new AgreementVersions(env.dataDir);
  const content = new ContentService(
    env.contentDir,
    () => settings.get(),
    () => policyStore.current(),
  );
  const policy = new PolicyService({
    store: policyStore,
    content,
    placeholders: () => ({
      ...settings.get().organisation,
      refresherMonths: settings.get().refresherMonths,
    }),
    now: env.now,
  });
  const deviceKey = once(() =>
    openDeviceKey({ dataDir: env.dataDir, protector: env.secretStore, now: env.now }),
  );
  const ledger = once(async () => {
    const { key, created } = await deviceKey();
    // The first key on a device that already has a ledger: an upgrade from before seals.
    if (created) await sealOlderLedger(env.dataDir, key);
    const opened = env.ledgerInWorker
      ? await Ledger.openInBackground(env.dataDir, { key })
      : await Ledger.open(env.dataDir, { key });
    // The record index is built with it, so the first look-up by a learner is as quick as any;
    // in slices when opened in the background, so main answers calls meanwhile.
    if (env.ledgerInWorker) await prepareRecordIndex(opened);
    else recordIndexOf(opened);
    // What opening leaves for later (the full check in a worker, parsing in turns) starts once
    // whoever waited for the ledger has it: a worker's start and a first slice of parsing would
    // otherwise come before their answer. The lead's table and dashboard figures are built
    // next, in turns, so the lead's first visit finds them ready.
    setImmediate(() => {
      opened.startBackgroundWork();
      lead.warmUp().catch((error: unknown) => env.logError?.('lead-warm-up', error));
    });
    return opened;
  });
  /**
   * The same ledger once every entry is parsed (see `Ledger.parsed`), for what reads every
   * record at once (the lead's area, exports, reminders, the LRS): it waits for the background
   * parse rather than doing the rest of it in one turn, while learners carry on meanwhile.
   */
  const parsedLedger = async () => {
    const opened = await ledger();
    await opened.parsed;
    return opened;
  };
  const leadAuth = new LeadAuth({ dataDir: env.dataDir, now: env.now });
  const lead = new LeadArea({
    dataDir: env.dataDir,
    ledger: parsedLedger,
    deviceKey,
    settings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    content: (locale) => content.pack(locale),
    now: env.now,
    onErased: (records, answers, learnerKey) => lrs.recordErasure(records, answers, learnerKey),
    onRecordsRemoved: (records) => lrs.recordRemoval(records),
    onImported: (records) => lrs.recordImports(records),
  });
  const signatures = new SignatureStore(env.dataDir);
  const lrs = new LrsSyncService({
    dataDir: env.dataDir,
    protector: env.secretStore,
    packs: () => Promise.all(LOCALES.map((locale) => content.pack(locale))),
    passMarkPercent: () => settings.get().passMarkPercent,
    deviceId: () => settings.get().deviceId,
    liveRecords: async () => (await parsedLedger()).liveRecords(),
    now: env.now,
    fetch: env.fetch,
  });
  const learning = new LearningService({
    onAnswered: (learner, event, locale) => lrs.recordAnswer(learner, event, locale),
    onSession: (change) => lrs.recordSession(change),
    dataDir: env.dataDir,
    content: (locale) => content.rawPack(locale),
    settings: () => settings.get(),
    ledger,
    now: env.now,
  });
  const certificates = new CertificateService({
    ledger,
    signedTexts,
    deviceKey: async () => (await deviceKey()).key,
    signatures,
    dataDir: env.dataDir,
    dialogs: env.dialogs,
    uiLocale: () => settings.get().locale,
    now: env.now,
    fontsDir: env.fontsDir,
    timeZone: () => settings.get().timeZone,
  });
  return {
    env,
    settings,
    content,
    policy,
    signedTexts,
    agreementVersions,
    deviceKey,
    ledger,
    leadAuth,
    leadSession: new LeadSession(settings.get().leadAutoLockMinutes),
    lead,
    setup: new SetupService(settings, leadAuth, env.dataDir),
    learning,
    signing: new SigningService({
      learning: () => learning,
      content,
      settings: () => settings.get(),
      ledger,
      signatures,
      signedTexts,
      agreementVersions,
      now: env.now,
      onSigned: (record, checkpoint) => lrs.recordCompletion(record, checkpoint),
    }),
    certificates,
    evidence: new EvidenceService({
      dataDir: env.dataDir,
      ledger: parsedLedger,
      settings: () => settings.get(),
      content: (locale) => content.pack(locale),
      certificates,
      deviceKey: async () => (await deviceKey()).key,
      agreementVersions,
      fontsDir: env.fontsDir ?? defaultFontsDir(),
      now: env.now,
    }),
    reminders: new ReminderService({
      ledger: parsedLedger,
      settings: () => settings.get(),
      fontsDir: env.fontsDir ?? defaultFontsDir(),
      now: env.now,
    }),
    lrs,
  };
}

/**
 * Opened on first use and shared: one device key, and one Ledger per data dir (two would each
 * append from their own idea of the head). A failed opening (a disk error) is retried on the
 * next call instead of cached.
 */
function once<T>(open: () => Promise<T>): () => Promise<T> {
  let opening: Promise<T> | null = null;
  return () => {
    if (!opening) {
      opening = open();
      opening.catch(() => {
        opening = null;
      });
    }
    return opening;
  };
}

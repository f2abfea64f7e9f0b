/**
 * The fixed names of the files in an evidence pack. They stay the same in every language, so a
 * pack can be checked by a script; the documents inside are in the lead's chosen language.
 */
export const PACK_FILES = {
  summary: 'summary-report.pdf',
  csv: 'completions.csv',
  certificates: 'certificates.pdf',
  /** Which AUP versions were signed, per language, and which texts the pack holds. */
  aupIndex: 'aup/versions.json',
  ledger: 'ledger-verification.json',
  /** The device's seal over manifest.json's exact bytes (HMAC with the device key). */
  seal: 'manifest.seal.json',
} as const;

import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { translatorFor } from '../i18n/main-translator';

// Characters no file system accepts in a name (Windows is the strictest), and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * The one file-name rule for a certificate, wherever one is written: the learner's save and
 * print, the lead's save, and the lead's folder export. The certificate code names the file, in
 * the certificate's own language; the learner's name is left out on purpose. A file name travels
 * much further than the document: it shows in folder listings, "recent files", email attachment
 * lists, cloud-sync logs and the print folder of a shared device, and it stays there after a
 * person's records are erased. The code is enough to find the person: the lead's records search
 * finds a certificate by its code, the CSV export lists each code beside its name, and every PDF
 * names its learner inside.
 */
export function certificateFileName(record: AcceptanceRecord): string {
  const stem = translatorFor(record.locale)('certificate:fileName', {
    code: record.certificateCode,
  });
  return `${stem.replace(UNSAFE, '-')}.pdf`;
}

/**
 * How records are grouped into people. Learners type their email or staff ID each time, so
 * "Sam@Example.org " and "sam@example.org" must be the same person.
 */
export function normaliseIdentifier(identifier: string): string {
  // Printable ASCII alone is already in NFC; the check costs less than normalising (100,000
  // identifiers are grouped when the ledger opens).
  const composed = BEYOND_ASCII.test(identifier) ? identifier.normalize('NFC') : identifier;
  return composed.trim().toLowerCase();
}

/** Any character outside printable ASCII (space to tilde). */
const BEYOND_ASCII = /[^ -~]/;

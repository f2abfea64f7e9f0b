/**
 * How records are grouped into people. Learners type their email or staff ID each time, so
 * "Sam@Example.org " and "sam@example.org" must be the same person.
 */
export function normaliseIdentifier(identifier: string): string {
  return identifier.normalize('NFC').trim().toLowerCase();
}

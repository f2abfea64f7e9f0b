/** Where a person stands with their training, as the lead area shows it. */
export const PERSON_STATUSES = ['current', 'due-soon', 'overdue', 'never'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** A refresher due within this many days (inclusive) shows as due soon. */
export const DUE_SOON_DAYS = 30;

/** The sections of the lead area, in the order of its tab bar. */
export const LEAD_TABS = [
  'dashboard',
  'records',
  'exports',
  'lrs',
  'import',
  'verify',
  'evidence',
  'protection',
  'policy',
  'settings',
] as const;
export type LeadTab = (typeof LEAD_TABS)[number];

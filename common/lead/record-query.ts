import type { RecordRow } from '../../electron/services/lead/record-rows';
import type { LearnerRole, RecordType } from '../records/acceptance-record';
import type { PersonStatus } from '../status/person-status';

/** How the lead's records table asks main for rows: shared by the contract and the renderer. */
export const RECORD_SORT_KEYS = [
  'fullName',
  'identifier',
  'role',
  'recordType',
  'completedAt',
  'expiresOn',
  'status',
  'overallPercent',
] as const;
export type RecordSortKey = (typeof RECORD_SORT_KEYS)[number];

export interface RecordFilter {
  /** Matched, case-insensitively, against name, identifier and certificate code. */
  search?: string;
  role?: LearnerRole;
  status?: PersonStatus;
  recordType?: RecordType;
  /** Inclusive days (YYYY-MM-DD) on the organisation's calendar the completion falls between. */
  from?: string;
  to?: string;
}

export interface RecordSort {
  key: RecordSortKey;
  direction: 'asc' | 'desc';
}

export interface RecordWindow {
  offset: number;
  limit: number;
}

export interface RecordPage {
  /** Rows matching the filter. */
  total: number;
  /** Rows before filtering. */
  totalAll: number;
  offset: number;
  rows: RecordRow[];
}

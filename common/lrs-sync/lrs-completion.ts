/** A course completion as read back from the LRS (any device's), for the lead's dashboard. */
export interface LrsCompletion {
  statementId: string;
  /** The record id on the device that made it (the statement's registration). */
  recordId: string | null;
  fullName: string;
  /** The email address or staff ID. */
  identifier: string;
  completedAt: string;
  scorePercent: number | null;
  /** Which device made the record; compare with this device's own id. */
  deviceId: string | null;
  /**
   * Already in this device's records (made here, or imported from a backup): the lead sees it in
   * the local records, so the LRS view lists only the others.
   */
  fromThisDevice: boolean;
  recordType: string | null;
  certificateCode: string | null;
}

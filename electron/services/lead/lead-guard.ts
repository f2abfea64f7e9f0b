import { DomainError } from '../errors';
import type { LeadSession } from '../lead-auth/lead-session';

/**
 * Every lead operation passes through here in MAIN, so an idle lead area is closed whatever the
 * renderer believes: a lapsed session refuses the call, and the renderer goes back to the login.
 * A successful check counts as activity.
 */
export function requireLeadSession(session: LeadSession, now: Date): void {
  if (!session.isUnlocked(now)) {
    throw new DomainError('lead-locked-session', 'errors.lead.sessionLocked');
  }
  session.touch(now);
}

import { DomainError } from '../errors';

/**
 * The sessions a learner has opened in this run of the app, by starting or by resuming with
 * their PIN. Every step checks here in MAIN, so once a learner saves and leaves (or the screen
 * times out) their session answers nobody until they resume with the PIN again, whatever the
 * screen still holds. Kept in memory only: after a restart every session is closed.
 */
export class OpenSessions {
  private readonly ids = new Set<string>();

  open(sessionId: string): void {
    this.ids.add(sessionId);
  }

  close(sessionId: string): void {
    this.ids.delete(sessionId);
  }

  require(sessionId: string): void {
    if (!this.ids.has(sessionId)) {
      throw new DomainError('learning-session-closed', 'errors.learning.sessionClosed');
    }
  }
}

import type { IpcFailure } from '../../../common/ipc/operation';
import type { FieldMessage } from '../../../common/text/field-message';
import { fieldProblemOfFailure } from '../../../common/text/field-problems';

/**
 * A refusal from main about the passphrase being chosen, to show beside that field: the
 * service's length rule or the contract's schema (the same rule, common/setup/passphrase-rule.ts).
 */
export function newPassphraseProblemOf(failure: IpcFailure): FieldMessage | null {
  if (failure.code === 'lead-passphrase-too-short' || failure.code === 'lead-passphrase-too-long') {
    return { key: failure.i18nKey, values: failure.details };
  }
  return fieldProblemOfFailure(failure)?.newPassphrase ?? null;
}

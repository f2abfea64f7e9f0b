import type { SignatureMethod } from '../../../common/records/acceptance-record';
import type { SigningAgreement } from '../../../electron/services/signing/signing-agreement';
import { ApiError } from '../../app/api';
import { clauseGroups, isGroupAcknowledged } from './clause-groups';

export interface SignFormState {
  /** Clause ids: every clause of each group the learner ticked (the record stores them all). */
  acknowledged: ReadonlySet<string>;
  statementAccepted: boolean;
  method: SignatureMethod | null;
  drawing: string | null;
  typedSignature: string;
  /** "This is my signature": the one deliberate act that makes the (pre-filled) signature theirs. */
  signatureConfirmed: boolean;
}

export const EMPTY_FORM: SignFormState = {
  acknowledged: new Set(),
  statementAccepted: false,
  method: null,
  drawing: null,
  typedSignature: '',
  signatureConfirmed: false,
};

/**
 * The form as the agreement first shows it: a typed signature chosen, pre-filled with the name the
 * learner registered with, waiting for them to confirm it (or to draw instead).
 */
export function initialForm(agreement: Pick<SigningAgreement, 'learnerName'>): SignFormState {
  return { ...EMPTY_FORM, method: 'typed', typedSignature: agreement.learnerName };
}

export type FormField = 'clauses' | 'statement' | 'method' | 'drawn' | 'typed' | 'confirm';
/** Field → i18n key, with its namespace (`signing:…` or `errors:…`), of what to fix. */
export type FormProblems = Partial<Record<FormField, string>>;

/** Groups of clauses not yet acknowledged. */
export function groupsRemaining(form: SignFormState, agreement: SigningAgreement): number {
  return clauseGroups(agreement.clauses).filter(
    (group) => !isGroupAcknowledged(group, form.acknowledged),
  ).length;
}

/**
 * What is missing before the form can be sent. Main checks everything again (the name above
 * all); this only spares the learner a round trip for what is plainly not done yet.
 */
export function formProblems(form: SignFormState, agreement: SigningAgreement): FormProblems {
  const problems: FormProblems = {};
  if (groupsRemaining(form, agreement) > 0) problems.clauses = 'signing:problems.clauses';
  if (!form.statementAccepted) problems.statement = 'signing:problems.statement';
  if (!form.method) problems.method = 'signing:problems.method';
  if (form.method === 'drawn' && !form.drawing) problems.drawn = 'signing:problems.drawn';
  if (form.method === 'typed' && form.typedSignature.trim() === '')
    problems.typed = 'signing:problems.typed';
  if (!form.signatureConfirmed) problems.confirm = 'signing:problems.confirm';
  return problems;
}

// Refusals from main that belong to one field are shown beside that field. The name main checks
// is the typed signature (or, with a drawn one, the registered name itself).
const FIELD_OF_CODE: Record<string, FormField> = {
  SIGNING_NAME_MISMATCH: 'typed',
  SIGNING_TYPED_SIGNATURE_MISMATCH: 'typed',
  SIGNATURE_INVALID_TEXT: 'typed',
  SIGNATURE_INVALID_IMAGE: 'drawn',
  SIGNATURE_TOO_LARGE: 'drawn',
  SIGNING_CLAUSES_NOT_ACKNOWLEDGED: 'clauses',
  SIGNING_STATEMENT_NOT_ACCEPTED: 'statement',
};

/** The field a refusal from main belongs to, with its message key; null for other errors. */
export function fieldProblemOf(error: unknown): FormProblems | null {
  if (!(error instanceof ApiError)) return null;
  const field = FIELD_OF_CODE[error.failure.code];
  return field ? { [field]: error.failure.i18nKey.replace(/^errors\./, 'errors:') } : null;
}

/** The id of the control a problem in the summary links to (the first unticked group, etc.). */
export function problemTarget(
  field: FormField,
  agreement: SigningAgreement,
  form: SignFormState,
): string {
  switch (field) {
    case 'clauses': {
      const groups = clauseGroups(agreement.clauses);
      const first = groups.find((group) => !isGroupAcknowledged(group, form.acknowledged));
      return first?.id ?? groups[0]?.id ?? '';
    }
    case 'statement':
      return 'statement';
    case 'method':
    case 'drawn':
      // The drawing box itself cannot take focus; its "Draw" choice sits just above it.
      return 'signature-method-drawn';
    case 'typed':
      return 'sign-typed';
    case 'confirm':
      return 'signature-confirm';
  }
}

/** What the learner sends: the name main checks is the one they signed with. */
export function signRequestParts(form: SignFormState, agreement: SigningAgreement) {
  const signature =
    form.method === 'drawn'
      ? { method: 'drawn' as const, dataUrl: form.drawing ?? '' }
      : { method: 'typed' as const, text: form.typedSignature };
  const typedName = signature.method === 'typed' ? signature.text : agreement.learnerName;
  return { typedName, signature };
}

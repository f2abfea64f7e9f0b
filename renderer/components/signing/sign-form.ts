import type { SignatureMethod } from '../../../common/records/acceptance-record';
import type { SigningAgreement } from '../../../electron/services/signing/signing-agreement';
import { ApiError } from '../../app/api';

export interface SignFormState {
  acknowledged: ReadonlySet<string>;
  statementAccepted: boolean;
  typedName: string;
  method: SignatureMethod | null;
  drawing: string | null;
  typedSignature: string;
}

export const EMPTY_FORM: SignFormState = {
  acknowledged: new Set(),
  statementAccepted: false,
  typedName: '',
  method: null,
  drawing: null,
  typedSignature: '',
};

export type FormField = 'clauses' | 'statement' | 'name' | 'method' | 'drawn' | 'typed';
/** Field → i18n key, with its namespace (`signing:…` or `errors:…`), of what to fix. */
export type FormProblems = Partial<Record<FormField, string>>;

/**
 * What is missing before the form can be sent. Main checks everything again (the name above
 * all); this only spares the learner a round trip for what is plainly not done yet.
 */
export function formProblems(form: SignFormState, agreement: SigningAgreement): FormProblems {
  const problems: FormProblems = {};
  if (agreement.clauses.some((clause) => !form.acknowledged.has(clause.id))) {
    problems.clauses = 'signing:problems.clauses';
  }
  if (!form.statementAccepted) problems.statement = 'signing:problems.statement';
  if (form.typedName.trim() === '') problems.name = 'signing:problems.nameMissing';
  if (!form.method) problems.method = 'signing:problems.method';
  if (form.method === 'drawn' && !form.drawing) problems.drawn = 'signing:problems.drawn';
  if (form.method === 'typed' && form.typedSignature.trim() === '')
    problems.typed = 'signing:problems.typed';
  return problems;
}

// Refusals from main that belong to one field are shown beside that field.
const FIELD_OF_CODE: Record<string, FormField> = {
  SIGNING_NAME_MISMATCH: 'name',
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

/** The id of the control a problem in the summary links to (the first unticked clause, etc.). */
export function problemTarget(
  field: FormField,
  agreement: SigningAgreement,
  form: SignFormState,
): string {
  switch (field) {
    case 'clauses': {
      const first = agreement.clauses.find((clause) => !form.acknowledged.has(clause.id));
      return `clause-${first?.id ?? agreement.clauses[0]?.id ?? ''}`;
    }
    case 'statement':
      return 'statement';
    case 'name':
      return 'sign-name';
    case 'method':
    case 'drawn':
      // The drawing box itself cannot take focus; its "Draw" choice sits just above it.
      return 'signature-method-drawn';
    case 'typed':
      return 'sign-typed';
  }
}

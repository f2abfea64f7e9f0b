import type { z } from 'zod';
import type { IpcFailure } from '../ipc/operation';
import { decodeFieldMessage, encodeFieldMessage, type FieldMessage } from './field-message';

/** A form's problems by field path (`organisation.orgName`, `passMarkPercent`). */
export type FieldProblems = Record<string, FieldMessage>;

const SOMETHING_WRONG = decodeFieldMessage(encodeFieldMessage('errors.fields.invalid'))!;

/** The first problem of each field, as the shared schema reported it. */
export function fieldProblemsOf(error: z.ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= decodeFieldMessage(issue.message) ?? SOMETHING_WRONG;
  }
  return problems;
}

/**
 * A refusal from main that belongs to one field: the router's `invalid-argument` (the schema's
 * issue) or a service's own check (`settings-invalid`), both with `path` and `problem`. The form
 * shows it beside that field, translated, instead of a developer's sentence at the top. null for
 * anything else, which the form shows as a general error.
 */
export function fieldProblemOfFailure(failure: IpcFailure): FieldProblems | null {
  const path = failure.details.path;
  if (typeof path !== 'string' || path === '') return null;
  const problem = failure.details.problem;
  const message = typeof problem === 'string' ? decodeFieldMessage(problem) : null;
  return { [path]: message ?? SOMETHING_WRONG };
}

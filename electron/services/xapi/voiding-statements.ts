import { uuidV5 } from './statement-id';
import { organisationAgent } from './xapi-actor';
import { VERBS, XAPI_VERSION, type XapiStatement } from './xapi-statement';

/**
 * An erasure request, as the LRS understands one: a `voided` statement for each of the person's
 * earlier statements, made by the organisation (so the voiding itself carries no personal data).
 * An LRS then leaves the voided statements out of every query. Ids are fixed by the voided id, so
 * voiding twice is the same statement.
 */
export function voidingStatements(
  statementIds: readonly string[],
  homePage: string,
  at: Date,
): XapiStatement[] {
  return statementIds.map((id) => ({
    id: uuidV5(`void:${id}`),
    actor: organisationAgent(homePage),
    verb: VERBS.voided,
    object: { objectType: 'StatementRef', id },
    timestamp: at.toISOString(),
    version: XAPI_VERSION,
  }));
}

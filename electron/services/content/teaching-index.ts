import type { ValidModule } from './check-pack';
import type { Aup } from '../../../common/content/content-schema';

export type TeachingKind =
  'do' | "don't" | 'in place' | 'sort statement' | 'reveal card' | 'scenario' | 'AUP clause';

/** Where a content id lives, in words a coverage reader understands. */
export interface TeachingRef {
  /** The module title, or the AUP title for a clause. */
  where: string;
  kind: TeachingKind;
}

/** Every id that can teach a seed rule, mapped to where it is taught. */
export function indexTeachingIds(
  modules: ValidModule[],
  aup: Aup | undefined,
): Map<string, TeachingRef> {
  const index = new Map<string, TeachingRef>();
  for (const { module } of modules) {
    const where = module.title;
    module.dos.forEach((item) => index.set(item.id, { where, kind: 'do' }));
    module.donts.forEach((item) => index.set(item.id, { where, kind: "don't" }));
    module.inPlace.forEach((item) => index.set(item.id, { where, kind: 'in place' }));
    for (const activity of module.activities) {
      if (activity.type === 'sort') {
        activity.statements.forEach((s) => index.set(s.id, { where, kind: 'sort statement' }));
      } else activity.cards.forEach((c) => index.set(c.id, { where, kind: 'reveal card' }));
    }
    module.scenarios.forEach((s) => index.set(s.id, { where, kind: 'scenario' }));
  }
  aup?.clauses.forEach((clause) => index.set(clause.id, { where: aup.title, kind: 'AUP clause' }));
  return index;
}

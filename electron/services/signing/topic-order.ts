/**
 * Clauses in the course's own topic order: every clause taught first by the first module, then
 * the second module's, and so on, each topic keeping the policy's own order. The signing screen
 * asks for one acknowledgement per topic, so a topic's clauses must sit together even where the
 * policy itself returns to a topic later. Clauses no module teaches come last.
 */
export function inTopicOrder<T extends { modules: readonly string[] }>(
  clauses: readonly T[],
  moduleIds: readonly string[],
): T[] {
  const rank = (clause: T) => {
    const index = moduleIds.indexOf(clause.modules[0] ?? '');
    return index === -1 ? moduleIds.length : index;
  };
  // Array.prototype.sort is stable, so the policy's order holds within a topic.
  return [...clauses].sort((a, b) => rank(a) - rank(b));
}

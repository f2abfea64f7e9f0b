/**
 * Freezes `value` and everything it holds, stopping at what is already frozen: a change shares
 * the parts it left alone (already frozen), so each step freezes only what it made.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

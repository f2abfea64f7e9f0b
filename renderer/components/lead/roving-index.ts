/**
 * Where a key moves focus in a row of items with one Tab stop (a roving tabindex): the arrows
 * step to the next or previous item, wrapping at the ends; Home and End go to the first and last.
 * Null for any other key, which the row leaves alone (Tab leaves the row, Enter and Space press
 * the focused item).
 */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's h1 whenever `key` changes, so keyboard and screen-reader users start
 * each new page, question or result at its heading rather than wherever the last button was.
 */
export function useFocusHeading(key: unknown) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}

import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's heading when it appears and whenever `key` changes, so keyboard and
 * screen-reader users start each new page, question or result at its heading rather than
 * wherever the last button was.
 */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}

import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element given the returned ref when it is shown and whenever `key`
 * changes: a screen's heading, so keyboard and screen-reader users start each new page,
 * question or result at its top; or the result that replaces the button just pressed (an
 * erasure, a purge), so the focus is not dropped to the page with it. Until the element is
 * rendered the ref is empty and nothing moves.
 */
export function useFocusOnShow<T extends HTMLElement = HTMLHeadingElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}

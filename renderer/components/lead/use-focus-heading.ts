import { useEffect, useRef } from 'react';

/** Moves focus to a screen's heading when it appears, so screen readers announce the change. */
export function useFocusHeading<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}

import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to the element once it shows the result of an action (WCAG 2.4.3): when
 * `key` changes to a non-null value (or, with `focusOnMount`, when it first renders with one),
 * after React has rendered it. The element needs `tabIndex={-1}` unless it is focusable anyway.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string | number | boolean | null, focusOnMount = false) {
  const ref = useRef<T>(null);
  const previous = useRef<typeof key | undefined>(focusOnMount ? undefined : key);
  useEffect(() => {
    if (key !== null && key !== false && key !== previous.current) ref.current?.focus();
    previous.current = key;
  }, [key]);
  return ref;
}

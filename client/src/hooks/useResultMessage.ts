import { useState } from 'react';
import { useFocusOnChange } from './useFocusOnChange.ts';

/**
 * The answer of the last action on a page ("Jade Quinn was added."), which takes focus each time
 * it is said (decision 47), and whether it is an error.
 */
export function useResultMessage() {
  const [result, setResult] = useState<{ n: number; text: string; isError: boolean } | null>(null);
  const ref = useFocusOnChange<HTMLParagraphElement>(result?.n ?? null);
  const say = (text: string, isError = false) => setResult((r) => ({ n: (r?.n ?? 0) + 1, text, isError }));
  return { result, ref, say };
}

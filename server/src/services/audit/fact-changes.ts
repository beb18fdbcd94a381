/** A value as the audit trail's flat details hold it. */
export type FlatValue = string | number | boolean | null;

/**
 * Before and after of every fact in `keys` that differs, as flat audit details (`emailBefore`,
 * `emailAfter` …); with no `before`, every fact as it is now. `flat` turns a stored or typed
 * value into its flat form (absent is null).
 */
export function factChanges<const K extends string>(
  keys: readonly K[],
  before: Partial<Record<K, unknown>> | null,
  after: Partial<Record<K, unknown>>,
  flat: (value: unknown) => FlatValue,
): Record<string, FlatValue> {
  const details: Record<string, FlatValue> = {};
  for (const key of keys) {
    const now = flat(after[key]);
    if (!before) {
      details[key] = now;
      continue;
    }
    const was = flat(before[key]);
    if (was !== now) {
      details[`${key}Before`] = was;
      details[`${key}After`] = now;
    }
  }
  return details;
}

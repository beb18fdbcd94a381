import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, type ReportRowKind } from '@ehcp/shared';
import type { CollabDoc } from './useCollabDoc.ts';

/** Names one value in the meeting report: a short answer, or a field of one row. */
export interface ReportFieldRef {
  collab: CollabDoc;
  key: string;
  row?: { kind: ReportRowKind; id: string };
}

/** One row of a repeating part: a `Y.Map` with a stable `id`. */
export type ReportRow = Y.Map<unknown>;

/** The array of one kind of row. */
export const rowsOf = (collab: CollabDoc, kind: ReportRowKind) => collab.doc.getArray<ReportRow>(REPORT_ROW_ARRAYS[kind]);

/** The map that holds the referenced value: the report's fields, or the row (null once removed). */
export function mapOf(ref: ReportFieldRef): Y.Map<unknown> | null {
  if (!ref.row) return ref.collab.doc.getMap(REPORT_FIELDS_MAP);
  const { kind, id } = ref.row;
  return (
    rowsOf(ref.collab, kind)
      .toArray()
      .find((row) => row.get('id') === id) ?? null
  );
}

/**
 * Follows `map.get(key)` through `pick`, live: re-read when that key is set, replaced or
 * deleted by anyone (`pick` turns whatever is stored into the value wanted, or null).
 */
export function useMapEntry<T>(map: Y.Map<unknown> | null, key: string, pick: (stored: unknown) => T | null): T | null {
  const [value, setValue] = useState<T | null>(() => (map ? pick(map.get(key)) : null));
  useEffect(() => {
    const read = () => setValue(map ? pick(map.get(key)) : null);
    // Re-read on (re)subscribe: the map may have changed while unsubscribed.
    read();
    if (!map) return;
    const sync = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(key)) read();
    };
    map.observe(sync);
    return () => map.unobserve(sync);
    // `pick` is a module-level function at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);
  return value;
}

import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { REPORT_ROW_FIELDS, type ChoiceChange, type ReportRowKind } from '@ehcp/shared';
import { mapOf, rowsOf, useMapEntry, type ReportFieldRef, type ReportRow } from './report-values.ts';
import type { CollabDoc } from './useCollabDoc.ts';

export type { ReportFieldRef } from './report-values.ts';
export type { TextPresence } from './text-carets.ts';
export { useReportText } from './useReportText.ts';

const asString = (stored: unknown) => (typeof stored === 'string' ? stored : null);

/** Follows one plain value (a choice or a date) in the report, and sets it for everyone. */
export function useReportValue(ref: ReportFieldRef): [string | null, (value: string | null) => void] {
  const { key } = ref;
  const map = mapOf(ref);
  const value = useMapEntry(map, key, asString);
  const set = useCallback(
    (next: string | null) => {
      if (!map) return;
      if (next === null) map.delete(key);
      else map.set(key, next);
    },
    [map, key],
  );
  return [value, set];
}

/** Who changed a choice, from the map the server writes it into (see REPORT_CHOICE_LOG); null until someone has. */
export function useChoiceChange(collab: CollabDoc, logName: string, key: string): ChoiceChange | null {
  return useMapEntry(collab.doc.getMap(logName), key, asChoiceChange);
}

const asChoiceChange = (stored: unknown): ChoiceChange | null => {
  if (typeof stored !== 'object' || stored === null) return null;
  const { by, as, at } = stored as Record<string, unknown>;
  return typeof by === 'string' && typeof as === 'string' && typeof at === 'string' ? { by, as, at } : null;
};

/** Row kinds' text fields (the rest are plain values). */
const TEXT_FIELDS: Record<ReportRowKind, readonly string[]> = {
  attendees: ['name', 'role'],
  outcomes: ['outcome', 'evidence'],
  actions: ['who', 'what'],
};

/** A new row with its id and all its texts created together, so nobody's first keystrokes are lost. */
function newRow(kind: ReportRowKind, initial: Record<string, string>): ReportRow {
  const row: ReportRow = new Y.Map<unknown>();
  row.set('id', crypto.randomUUID());
  for (const field of REPORT_ROW_FIELDS[kind]) {
    if (TEXT_FIELDS[kind].includes(field)) row.set(field, new Y.Text(initial[field] ?? ''));
    else if (initial[field]) row.set(field, initial[field]);
  }
  return row;
}

/** The ids of one kind of row, live, with add and remove for everyone. */
export function useReportRows(collab: CollabDoc, kind: ReportRowKind) {
  const array = rowsOf(collab, kind);
  const readIds = useCallback(() => array.toArray().map((row) => String(row.get('id'))), [array]);
  const [ids, setIds] = useState(readIds);
  useEffect(() => {
    const sync = () => setIds(readIds());
    sync();
    array.observe(sync);
    return () => array.unobserve(sync);
  }, [array, readIds]);
  const add = useCallback(
    (rows: Record<string, string>[] = [{}]) =>
      collab.doc.transact(() => array.push(rows.map((initial) => newRow(kind, initial)))),
    [array, collab, kind],
  );
  const remove = useCallback(
    (id: string) => {
      const index = array.toArray().findIndex((row) => row.get('id') === id);
      if (index >= 0) array.delete(index, 1);
    },
    [array],
  );
  /** The current text of one field in every row (read when called, e.g. on a click). */
  const valuesOf = useCallback((field: string) => array.toArray().map((row) => String(row.get(field) ?? '')), [array]);
  return { ids, add, remove, valuesOf };
}

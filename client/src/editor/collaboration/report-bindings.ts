import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import * as Y from 'yjs';
import { REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_ROW_FIELDS, type ReportRowKind } from '@ehcp/shared';
import { diffText, shiftIndex, type TextDelta } from './text-diff.ts';
import type { CollabDoc } from './useCollabDoc.ts';

/** Names one value in the meeting report: a short answer, or a field of one row. */
export interface ReportFieldRef {
  collab: CollabDoc;
  key: string;
  row?: { kind: ReportRowKind; id: string };
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;
type Row = Y.Map<unknown>;

const rowsOf = (collab: CollabDoc, kind: ReportRowKind) => collab.doc.getArray<Row>(REPORT_ROW_ARRAYS[kind]);

function mapOf(ref: ReportFieldRef): Y.Map<unknown> | null {
  if (!ref.row) return ref.collab.doc.getMap(REPORT_FIELDS_MAP);
  const { kind, id } = ref.row;
  return (
    rowsOf(ref.collab, kind)
      .toArray()
      .find((row) => row.get('id') === id) ?? null
  );
}

function textOf(ref: ReportFieldRef): Y.Text | null {
  const value = mapOf(ref)?.get(ref.key);
  return value instanceof Y.Text ? value : null;
}

/**
 * Binds a text box to a collaborative text in the report: local typing becomes minimal Yjs
 * edits, others' typing appears in place and never moves this person's caret. The text exists
 * before anyone types (seeded by the server, or created with its row), so concurrent first
 * keystrokes land in the same text. `exists` is false for a report seeded without the field.
 */
export function useReportText(ref: ReportFieldRef) {
  const text = textOf(ref);
  const [value, setValue] = useState(() => text?.toString() ?? '');
  const control = useRef<TextControl | null>(null);
  const pendingCaret = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (!text) return;
    const sync = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      const element = control.current;
      if (!transaction.local && element && document.activeElement === element) {
        const delta = event.delta as TextDelta;
        pendingCaret.current = [shiftIndex(element.selectionStart ?? 0, delta), shiftIndex(element.selectionEnd ?? 0, delta)];
      }
      setValue(text.toString());
    };
    // Re-read on (re)subscribe: the text may have changed while unsubscribed.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(text.toString());
    text.observe(sync);
    return () => text.unobserve(sync);
  }, [text]);

  useEffect(() => {
    const caret = pendingCaret.current;
    if (caret && control.current) control.current.setSelectionRange(caret[0], caret[1]);
    pendingCaret.current = null;
  }, [value]);

  const onChange = useCallback(
    (event: ChangeEvent<TextControl>) => {
      if (!text) return;
      const edit = diffText(text.toString(), event.target.value);
      if (!edit) return;
      text.doc?.transact(() => {
        if (edit.remove > 0) text.delete(edit.index, edit.remove);
        if (edit.insert) text.insert(edit.index, edit.insert);
      });
    },
    [text],
  );
  const bind = useCallback((element: TextControl | null) => {
    control.current = element;
  }, []);
  return { value, onChange, bind, exists: text !== null };
}

/** Follows one plain value (a choice or a date) in the report, and sets it for everyone. */
export function useReportValue(ref: ReportFieldRef): [string | null, (value: string | null) => void] {
  const { key } = ref;
  const map = mapOf(ref);
  const read = useCallback(() => {
    const current = map?.get(key);
    return typeof current === 'string' ? current : null;
  }, [map, key]);
  const [value, setValue] = useState<string | null>(read);
  useEffect(() => {
    if (!map) return;
    const sync = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(key)) setValue(read());
    };
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(read());
    map.observe(sync);
    return () => map.unobserve(sync);
  }, [map, key, read]);
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

/** Row kinds' text fields (the rest are plain values). */
const TEXT_FIELDS: Record<ReportRowKind, readonly string[]> = {
  attendees: ['name', 'role'],
  outcomes: ['outcome', 'evidence'],
  actions: ['who', 'what'],
};

/** A new row with its id and all its texts created together, so nobody's first keystrokes are lost. */
function newRow(kind: ReportRowKind, initial: Record<string, string>): Row {
  const row = new Y.Map<unknown>();
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

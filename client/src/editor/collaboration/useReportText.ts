import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { bindTextControl, domTextView, type TextControlElement } from './dom-text-control.ts';
import { mapOf, useMapEntry, type ReportFieldRef } from './report-values.ts';
import { othersInText, TextCaretPublisher, type TextPresence } from './text-carets.ts';

const asText = (stored: unknown) => (stored instanceof Y.Text ? stored : null);

const isSame = (a: TextPresence[], b: TextPresence[]) =>
  a.length === b.length &&
  a.every((person, i) => (Object.keys(person) as (keyof TextPresence)[]).every((key) => person[key] === b[i]![key]));

/** Everyone else in the text box, live: as their awareness changes and as the text moves their carets. */
function useOthersInText(collab: ReportFieldRef['collab'], text: Y.Text | null): TextPresence[] {
  const [others, setOthers] = useState<TextPresence[]>([]);
  useEffect(() => {
    const { awareness } = collab.provider;
    // Every awareness message (anyone's caret anywhere) reaches every box: re-render only on a change here.
    const read = () => {
      const next = text ? othersInText(awareness, text) : [];
      setOthers((current) => (isSame(current, next) ? current : next));
    };
    read();
    if (!text) return;
    awareness.on('change', read);
    text.observe(read);
    return () => {
      awareness.off('change', read);
      text.unobserve(read);
    };
  }, [collab, text]);
  return others;
}

/**
 * Binds a text box (`<input>` or `<textarea>`, uncontrolled: pass `bind` as its ref) to a
 * collaborative text in the report so that concurrent typing merges (see `PlainTextBinding`),
 * publishes this person's caret there while they are in it (if `isEditable`), and returns the
 * others in the box. The text exists before anyone types (seeded by the server, or created
 * with its row), so concurrent first keystrokes land in the same text; it is followed if
 * someone replaces it, and `exists` is false while there is none (show the box read-only).
 */
export function useReportText(ref: ReportFieldRef, isEditable: boolean) {
  const text = useMapEntry(mapOf(ref), ref.key, asText);
  const [element, setElement] = useState<TextControlElement | null>(null);
  const { collab } = ref;

  useEffect(() => {
    if (!element) return;
    if (!text) return domTextView(element).setValue('');
    const publisher = isEditable ? new TextCaretPublisher(collab.provider.awareness, text) : null;
    const presence = publisher && {
      onSelection: publisher.update.bind(publisher),
      onLeave: publisher.clear.bind(publisher),
    };
    return bindTextControl(element, text, presence);
  }, [element, text, collab, isEditable]);

  const others = useOthersInText(collab, text);
  return { bind: setElement, element, exists: text !== null, others };
}

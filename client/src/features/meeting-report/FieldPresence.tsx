import { useEffect, useReducer, type CSSProperties } from 'react';
import type { TextPresence } from '../../editor/index.ts';
import { caretCoordinates } from './caret-coordinates.ts';

type ColorStyle = CSSProperties & { '--presence-color': string };
const colorOf = (person: TextPresence): ColorStyle => ({ '--presence-color': person.color });

/** "Tom Hughes is typing…" (or just their name while they are in the box), in each person's colour. */
export function FieldPresenceLabels({ others, id }: { others: TextPresence[]; id: string }) {
  // The same person in two tabs is named once.
  const people = [...new Map(others.map((person) => [person.name, person])).values()];
  return (
    <span className="field-presence" id={id} data-testid="field-presence">
      {people.map((person) => (
        <span key={person.clientId} className="field-presence__person" style={colorOf(person)}>
          {person.isTyping ? `${person.name} is typing…` : person.name}
        </span>
      ))}
    </span>
  );
}

/** Others' carets drawn over the text box, kept in place as the box scrolls or changes size. */
export function FieldCarets({
  others,
  control,
}: {
  others: TextPresence[];
  control: HTMLInputElement | HTMLTextAreaElement | null;
}) {
  const [, remeasure] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!control) return;
    const observer = new ResizeObserver(remeasure);
    observer.observe(control);
    control.addEventListener('scroll', remeasure);
    return () => {
      observer.disconnect();
      control.removeEventListener('scroll', remeasure);
    };
  }, [control]);
  if (!control || others.length === 0) return null;
  return (
    <span className="field-carets" aria-hidden="true">
      {others.map((person) => {
        const box = caretCoordinates(control, person.head);
        if (!box) return null;
        const position = { top: box.top, left: box.left, height: box.height };
        return (
          <span
            key={person.clientId}
            className="field-caret"
            data-testid="field-caret"
            title={person.name}
            style={{ ...colorOf(person), ...position }}
          />
        );
      })}
    </span>
  );
}

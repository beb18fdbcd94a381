import * as Y from 'yjs';
import { REPORT_FIELDS_MAP, REPORT_TEXT_FIELD_KEYS, REPORT_TEXT_FRAGMENTS } from '@ehcp/shared';

/**
 * Builds a document whose fragment holds a level-2 heading and an empty paragraph per section.
 * Seeding happens on the server only (a client seeding would duplicate the text).
 */
export function buildSectionedDoc(fragmentName: string, sections: readonly string[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    const fragment = doc.getXmlFragment(fragmentName);
    const nodes = sections.flatMap((title) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 2 as unknown as string);
      heading.insert(0, [new Y.XmlText(title)]);
      return [heading, new Y.XmlElement('paragraph')];
    });
    fragment.insert(0, nodes);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The initial meeting report: each rich-text part holds one empty paragraph and each short text
 * answer an empty Y.Text, so two people who start typing in the same place at once extend the
 * same text instead of each creating one (the last creator would win and the other's typing would
 * be lost). Rows are created whole, with their texts, by whoever adds them.
 */
export function buildInitialReport(): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const name of Object.values(REPORT_TEXT_FRAGMENTS))
        doc.getXmlFragment(name).insert(0, [new Y.XmlElement('paragraph')]);
      const fields = doc.getMap(REPORT_FIELDS_MAP);
      for (const key of REPORT_TEXT_FIELD_KEYS) fields.set(key, new Y.Text());
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

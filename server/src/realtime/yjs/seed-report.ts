import * as Y from 'yjs';
import { REPORT_FRAGMENT } from '@ehcp/shared';

/** Section headings every annual review report starts with (product.md, "The report is structured"). */
export const REPORT_SECTIONS = [
  'Attendees',
  "The young person's views",
  "Parents' and carers' views",
  'Progress towards outcomes (Section E)',
  'Proposed changes to the plan',
  'Recommendation and reasons',
  'Actions',
];

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

/** The initial report state. */
export function buildInitialReport(): Uint8Array {
  return buildSectionedDoc(REPORT_FRAGMENT, REPORT_SECTIONS);
}

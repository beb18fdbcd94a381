import * as Y from 'yjs';
import { REPORT_FRAGMENT } from '@ehcp/shared';

/** Section headings every annual review report starts with (product.md, "The report is structured"). */
const REPORT_SECTIONS = [
  'Attendees',
  "The young person's views",
  "Parents' and carers' views",
  'Progress towards outcomes (Section E)',
  'Proposed changes to the plan',
  'Recommendation and reasons',
  'Actions',
];

/** Builds the initial report state on the server (never on a client, which would duplicate it). */
export function buildInitialReport(): Uint8Array {
  const doc = new Y.Doc();
  try {
    const fragment = doc.getXmlFragment(REPORT_FRAGMENT);
    const nodes = REPORT_SECTIONS.flatMap((title) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 2 as unknown as string);
      heading.insert(0, [new Y.XmlText(title)]);
      const paragraph = new Y.XmlElement('paragraph');
      return [heading, paragraph];
    });
    fragment.insert(0, nodes);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { REPORT_FRAGMENT } from '@ehcp/shared';
import type { CollabDoc } from './collaboration/useCollabDoc.ts';

/** The report's schema: StarterKit nodes and marks, with links that never run scripts. */
export function baseExtensions() {
  // With collaboration, history is Yjs's concern: the editor's own undo would fight it.
  return [StarterKit.configure({ undoRedo: false, link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] } })];
}

/** Extensions for a live document (the report by default): Yjs binding and other people's carets. */
export function collaborativeExtensions(
  collab: CollabDoc,
  user: { name: string; color: string },
  field: string = REPORT_FRAGMENT,
  placeholder?: string,
) {
  return [
    ...baseExtensions(),
    // Every empty paragraph says where to write, not only the one with the caret.
    ...(placeholder
      ? [
          Placeholder.configure({
            placeholder: ({ node }) => (node.type.name === 'paragraph' ? placeholder : ''),
            showOnlyCurrent: false,
          }),
        ]
      : []),
    Collaboration.configure({ document: collab.doc, field }),
    CollaborationCaret.configure({ provider: collab.provider, user }),
  ];
}

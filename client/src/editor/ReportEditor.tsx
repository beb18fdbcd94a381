import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { CollabDoc } from './collaboration/useCollabDoc.ts';
import { collaborativeExtensions } from './extensions.ts';

/** The live, co-edited review report. */
export function ReportEditor({
  collab,
  user,
  isEditable,
}: {
  collab: CollabDoc;
  user: { name: string; color: string };
  isEditable: boolean;
}) {
  const editor = useEditor(
    {
      extensions: collaborativeExtensions(collab, user),
      editable: isEditable,
      editorProps: {
        attributes: {
          class: 'report-editor',
          'aria-label': 'Review report',
          'aria-multiline': 'true',
          role: 'textbox',
          'data-testid': 'report-editor',
        },
      },
    },
    [collab],
  );
  useEffect(() => {
    editor?.setEditable(isEditable);
  }, [editor, isEditable]);
  return <EditorContent editor={editor} />;
}

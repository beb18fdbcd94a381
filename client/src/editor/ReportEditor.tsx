import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { CollabDoc } from './collaboration/useCollabDoc.ts';
import { collaborativeExtensions } from './extensions.ts';

interface ReportEditorProps {
  collab: CollabDoc;
  user: { name: string; color: string };
  isEditable: boolean;
  /** The Y.XmlFragment to edit; the report's by default. */
  field?: string;
  /** Accessible name of the editing area. */
  label?: string;
  testId?: string;
}

/** A live, co-edited document: the review report by default, or another fragment (a contribution draft). */
export function ReportEditor({
  collab,
  user,
  isEditable,
  field,
  label = 'Review report',
  testId = 'report-editor',
}: ReportEditorProps) {
  const editor = useEditor(
    {
      extensions: collaborativeExtensions(collab, user, field),
      editable: isEditable,
      editorProps: {
        attributes: {
          class: 'report-editor',
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          'data-testid': testId,
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

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
  /** Shown in every empty paragraph while it can be edited, so people see where to write. */
  placeholder?: string;
  testId?: string;
  /** Names the field for links to it (`data-field`, e.g. "parentViews"). */
  fieldName?: string;
}

/** A live, co-edited document: the review report by default, or another fragment (a contribution draft). */
export function ReportEditor({
  collab,
  user,
  isEditable,
  field,
  label = 'Review report',
  placeholder = 'Write here',
  testId = 'report-editor',
  fieldName,
}: ReportEditorProps) {
  const editor = useEditor(
    {
      extensions: collaborativeExtensions(collab, user, field, placeholder),
      editable: isEditable,
      editorProps: {
        attributes: {
          class: 'report-editor',
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          'data-testid': testId,
          ...(fieldName ? { 'data-field': fieldName } : {}),
        },
      },
    },
    [collab, placeholder],
  );
  useEffect(() => {
    editor?.setEditable(isEditable);
  }, [editor, isEditable]);
  return <EditorContent editor={editor} />;
}

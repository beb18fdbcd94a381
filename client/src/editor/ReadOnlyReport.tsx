import { EditorContent, useEditor } from '@tiptap/react';
import type { DocJsonNode } from '@ehcp/shared';
import { baseExtensions } from './extensions.ts';

/**
 * Renders a finalised report snapshot. It goes through the editor schema (never raw HTML), so
 * nothing typed into a report can inject markup or scripts.
 */
export function ReadOnlyReport({ content }: { content: DocJsonNode }) {
  const editor = useEditor({
    extensions: baseExtensions(),
    content: content as object,
    editable: false,
    editorProps: {
      attributes: { class: 'report-editor read-only', 'aria-label': 'Finalised review report', 'data-testid': 'report-snapshot' },
    },
  });
  return <EditorContent editor={editor} />;
}

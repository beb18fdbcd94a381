import { EditorContent, useEditor } from '@tiptap/react';
import { withSafeLinks, type DocJsonNode } from '@ehcp/shared';
import { baseExtensions } from './extensions.ts';

/**
 * Renders a finalised report snapshot. It goes through the editor schema (never raw HTML), so
 * nothing typed into a report can inject markup or scripts, and links that are not web or mail
 * addresses are shown as plain text (no `<a href="">` left behind).
 */
export function ReadOnlyReport({
  content,
  label = 'Finalised review report',
  testId = 'report-snapshot',
}: {
  content: DocJsonNode;
  label?: string;
  testId?: string;
}) {
  const editor = useEditor({
    extensions: baseExtensions(),
    content: withSafeLinks(content) as object,
    editable: false,
    editorProps: {
      attributes: { class: 'report-editor read-only', 'aria-label': label, 'data-testid': testId },
    },
  });
  return <EditorContent editor={editor} />;
}

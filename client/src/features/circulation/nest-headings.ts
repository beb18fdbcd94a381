import type { DocJsonNode } from '@ehcp/shared';

/**
 * A copy of a contribution with its headings moved under the pack's own: a contribution's
 * prompts are level 2 in the draft, but in a pack they sit under the author's level-3 heading,
 * so each level goes down by two (never above `lowest`, never past 6). Keeps the page's outline
 * right for screen readers. Pure.
 */
export function nestHeadings(node: DocJsonNode, lowest = 4): DocJsonNode {
  const level = typeof node.attrs?.level === 'number' ? node.attrs.level : null;
  const attrs =
    node.type === 'heading' && level !== null ? { ...node.attrs, level: Math.min(6, Math.max(lowest, level + 2)) } : node.attrs;
  return {
    ...node,
    ...(attrs ? { attrs } : {}),
    ...(node.content ? { content: node.content.map((child) => nestHeadings(child, lowest)) } : {}),
  };
}

import type { DocJsonNode } from '@ehcp/shared';

/**
 * A copy of a contribution with its headings moved under the pack's own: a contribution's
 * prompts are level 2 in the draft, but in a pack they sit under the author's heading (level
 * `under`, 3 by default), so they become level `under + 1` and deeper levels follow (never above
 * `under + 1`, never past 6). Keeps the page's outline right for screen readers. Pure.
 */
export function nestHeadings(node: DocJsonNode, under = 3): DocJsonNode {
  const level = typeof node.attrs?.level === 'number' ? node.attrs.level : null;
  const nested = (from: number) => Math.min(6, Math.max(under + 1, from + under - 1));
  const attrs = node.type === 'heading' && level !== null ? { ...node.attrs, level: nested(level) } : node.attrs;
  return {
    ...node,
    ...(attrs ? { attrs } : {}),
    ...(node.content ? { content: node.content.map((child) => nestHeadings(child, under)) } : {}),
  };
}

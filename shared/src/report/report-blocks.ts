import type { DocJsonNode } from '../schemas/doc-json.ts';

/**
 * The plain building blocks every output of a report is made of (the HTML record, the React
 * pages, the PDF and the Word file). Text is data, never markup: each renderer escapes or lays
 * it out itself.
 */

/** A piece of text and its emphasis. `href` only for web and mail links; text may hold `\n`. */
export interface TextRun {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  code?: true;
  href?: string;
}

/** A key and its value, e.g. "Progress" → "Good progress". */
export interface LabelledValue {
  label: string;
  value: string;
}

/** One block of a report section. */
export type ReportBlock =
  | { kind: 'paragraph'; runs: TextRun[] }
  /** A heading inside a section: level 1 is directly under the section's title, up to 4. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'list'; ordered: boolean; items: ReportBlock[][] }
  /** Words quoted from someone, with who said them. */
  | { kind: 'quote'; blocks: ReportBlock[]; caption: string }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  /** Key-value rows. */
  | { kind: 'fields'; rows: LabelledValue[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  /** Says that nothing was recorded ("None recorded."); shown quietly. */
  | { kind: 'empty'; text: string };

/** One titled part of the report, in order. `id` is stable (tests, anchors). */
export interface ReportSection {
  id: string;
  title: string;
  blocks: ReportBlock[];
}

const SAFE_LINK = /^(https?:|mailto:)/i;

/** A link address that may be followed: web and mail only (`javascript:`, `data:` and the rest may not). */
export const isSafeLink = (href: unknown): href is string => typeof href === 'string' && SAFE_LINK.test(href.trim());

const MARKS = { bold: 'bold', italic: 'italic', underline: 'underline', strike: 'strike', code: 'code' } as const;

function runOf(node: DocJsonNode): TextRun {
  const run: TextRun = { text: node.text ?? '' };
  for (const mark of node.marks ?? []) {
    const flag = MARKS[mark.type as keyof typeof MARKS];
    if (flag) run[flag] = true;
    const href = mark.type === 'link' ? mark.attrs?.href : undefined;
    if (isSafeLink(href)) run.href = href.trim();
  }
  return run;
}

/** The runs of an inline container (paragraph, heading): text with marks, hard breaks as `\n`. */
function inlineRuns(node: DocJsonNode): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text') runs.push(runOf(child));
    else if (child.type === 'hardBreak') runs.push({ text: '\n' });
    else runs.push(...inlineRuns(child));
  }
  return runs;
}

const plainOf = (node: DocJsonNode): string =>
  inlineRuns(node)
    .map((run) => run.text)
    .join('');

/**
 * Tiptap (ProseMirror) JSON as report blocks, from an allow-list of nodes and marks: unknown
 * nodes give their children, links that are not web or mail addresses keep only their text.
 * Empty paragraphs are left out, so an empty document gives no blocks.
 */
export function docToBlocks(node: DocJsonNode): ReportBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const runs = inlineRuns(node);
      return runs.some((run) => run.text.trim()) ? [{ kind: 'paragraph', runs }] : [];
    }
    case 'heading': {
      const text = plainOf(node);
      const level = Math.min(4, Math.max(1, Number(node.attrs?.level ?? 1) - 1)) as 1 | 2 | 3 | 4;
      return text.trim() ? [{ kind: 'heading', level, text }] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map(docToBlocks).filter((item) => item.length > 0);
      return items.length ? [{ kind: 'list', ordered: node.type === 'orderedList', items }] : [];
    }
    case 'blockquote': {
      const blocks = (node.content ?? []).flatMap(docToBlocks);
      return blocks.length ? [{ kind: 'quote', blocks, caption: '' }] : [];
    }
    case 'codeBlock': {
      const text = plainOf(node);
      return text.trim() ? [{ kind: 'code', text }] : [];
    }
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    case 'text':
      return node.text?.trim() ? [{ kind: 'paragraph', runs: [runOf(node)] }] : [];
    default:
      // doc, listItem and anything unknown: their children, in order.
      return (node.content ?? []).flatMap(docToBlocks);
  }
}

/** A paragraph of one plain run. */
export const textBlock = (text: string, style: Omit<TextRun, 'text'> = {}): ReportBlock => ({
  kind: 'paragraph',
  runs: [{ text, ...style }],
});

/** Every text of a block, in reading order (for searching and checks). */
export function blockText(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.map((run) => run.text).join('');
    case 'heading':
    case 'code':
    case 'empty':
      return block.text;
    case 'list':
      return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
    case 'quote':
      return [...block.blocks.map(blockText), block.caption].join('\n');
    case 'fields':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'table':
      return [block.columns, ...block.rows].map((row) => row.join('\t')).join('\n');
    case 'rule':
      return '';
  }
}

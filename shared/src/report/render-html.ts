import { shortDate } from '../dates/index.ts';
import type { DocJsonNode } from '../schemas/doc-json.ts';
import type { MeetingReport } from './meeting-report.ts';
import { docToBlocks, isSafeLink, type ReportBlock, type TextRun } from './report-blocks.ts';
import { reportSections, type QuotedContribution } from './report-sections.ts';

/** Everything the rendered record of a finalised review shows. */
export interface FinalisedReportRecord {
  pupilName: string;
  meetingDate: string | null;
  report: MeetingReport;
  contributions: QuotedContribution[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * A copy of a Tiptap JSON node without link marks whose address is not a web or mail address
 * (`javascript:`, `data:` and the rest keep their text and lose the link), for any renderer.
 */
export function withSafeLinks(node: DocJsonNode): DocJsonNode {
  const copy: DocJsonNode = { ...node };
  if (node.marks) copy.marks = node.marks.filter((mark) => mark.type !== 'link' || isSafeLink(mark.attrs?.href));
  if (node.content) copy.content = node.content.map(withSafeLinks);
  return copy;
}

const MARK_TAGS = [
  ['code', 'code'],
  ['strike', 's'],
  ['underline', 'u'],
  ['italic', 'em'],
  ['bold', 'strong'],
] as const;

function runToHtml(run: TextRun): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>');
  for (const [flag, tag] of MARK_TAGS) if (run[flag]) html = `<${tag}>${html}</${tag}>`;
  // Only web and mail links reach a run (docToBlocks); javascript:, data: and the rest are plain text.
  if (run.href) html = `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer nofollow">${html}</a>`;
  return html;
}

/** Report blocks as HTML. Every text is escaped; section titles are h2, so headings start at h3. */
export function blocksToHtml(blocks: ReportBlock[]): string {
  return blocks.map(blockToHtml).join('');
}

function blockToHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${block.runs.map(runToHtml).join('')}</p>`;
    case 'heading':
      return `<h${block.level + 2}>${escapeHtml(block.text)}</h${block.level + 2}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${blocksToHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return block.caption
        ? `<figure><blockquote>${blocksToHtml(block.blocks)}</blockquote><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`
        : `<blockquote>${blocksToHtml(block.blocks)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'fields':
      return `<dl>${block.rows.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const head = block.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
      const body = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
    case 'empty':
      return `<p><em>${escapeHtml(block.text)}</em></p>`;
  }
}

/**
 * Renders Tiptap JSON as HTML from an allow-list of nodes and marks (through `docToBlocks`).
 * Text is always escaped and unknown nodes render only their children, so nothing typed into a
 * document becomes markup. Headings inside documents start at level 3 (the page owns 1 and 2).
 */
export function docToHtml(node: DocJsonNode): string {
  return blocksToHtml(docToBlocks(node));
}

/**
 * The finalised report as one self-contained HTML fragment, from `reportSections`, the same
 * sections every other copy shows. Deterministic (same record, same bytes), so its SHA-256
 * identifies the exact text the local authority was given.
 */
export function renderReportHtml(record: FinalisedReportRecord): string {
  const sections = reportSections(record.report, { contributions: record.contributions });
  return [
    `<article class="review-report"><h1>Annual review report: ${escapeHtml(record.pupilName)}</h1>`,
    `<p>Meeting held ${record.meetingDate ? escapeHtml(shortDate(record.meetingDate)) : 'on a date not recorded'}</p>`,
    ...sections.map((section) => `<section><h2>${escapeHtml(section.title)}</h2>${blocksToHtml(section.blocks)}</section>`),
    '</article>',
  ].join('');
}

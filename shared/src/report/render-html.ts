import type { DocJsonNode } from '../schemas/doc-json.ts';
import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from '../schemas/participant.schema.ts';
import { optionLabel, RECOMMENDATION_OPTIONS } from '../schemas/recommendation.schema.ts';
import type { MeetingReport } from './meeting-report.ts';
import { ATTENDANCE, EHCP_SECTIONS, OUTCOME_RATINGS, PERSONAL_BUDGET_ANSWERS, PFA_ITEMS } from './report-layout.ts';

/** A submitted contribution, quoted in the report with who wrote it and when. */
export interface QuotedContribution {
  author: string;
  role: ParticipantRole;
  /** ISO timestamp of submission. */
  submittedAt: string;
  content: DocJsonNode;
}

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

const SAFE_LINK = /^(https?:|mailto:)/i;
const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', code: 'code', underline: 'u' };
const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
};

const isSafeLink = (href: unknown): href is string => typeof href === 'string' && SAFE_LINK.test(href.trim());

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

function renderText(node: DocJsonNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    const tag = MARK_TAGS[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
    const href = mark.type === 'link' ? mark.attrs?.href : undefined;
    // Only web and mail links survive; javascript:, data: and the rest become plain text.
    if (isSafeLink(href)) html = `<a href="${escapeHtml(href.trim())}" rel="noopener noreferrer nofollow">${html}</a>`;
  }
  return html;
}

/**
 * Renders Tiptap JSON as HTML from an allow-list of nodes and marks. Text is always escaped and
 * unknown nodes render only their children, so nothing typed into a document becomes markup.
 * Headings inside documents start at level 3 (the page owns levels 1 and 2).
 */
export function docToHtml(node: DocJsonNode): string {
  if (node.type === 'text') return renderText(node);
  const inner = (node.content ?? []).map(docToHtml).join('');
  if (node.type === 'hardBreak') return '<br>';
  if (node.type === 'horizontalRule') return '<hr>';
  if (node.type === 'codeBlock') return `<pre><code>${inner}</code></pre>`;
  if (node.type === 'heading') {
    const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 3) + 1));
    return `<h${level}>${inner}</h${level}>`;
  }
  const tag = BLOCK_TAGS[node.type];
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

const para = (text: string) => (text ? `<p>${escapeHtml(text)}</p>` : '<p><em>None recorded</em></p>');
const section = (title: string, body: string) => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;

function renderRows(record: FinalisedReportRecord): { attendees: string; outcomes: string; actions: string } {
  const { report } = record;
  const attendees = report.attendees
    .filter((attendee) => attendee.name)
    .map(
      (a) => `<li>${escapeHtml(a.name)}${a.role ? `, ${escapeHtml(a.role)}` : ''}: ${optionLabel(ATTENDANCE, a.attendance)}</li>`,
    );
  const outcomes = report.outcomes.map(
    (o, index) =>
      `<li><p><strong>Outcome ${index + 1}.</strong> ${escapeHtml(o.outcome)}</p>` +
      `<p>Progress: ${optionLabel(OUTCOME_RATINGS, o.rating)}</p><p>Evidence: ${escapeHtml(o.evidence)}</p></li>`,
  );
  const actions = report.actions.map(
    (a) => `<tr><td>${escapeHtml(a.what)}</td><td>${escapeHtml(a.who)}</td><td>${escapeHtml(a.byWhen ?? '')}</td></tr>`,
  );
  return {
    attendees: attendees.length ? `<ul>${attendees.join('')}</ul>` : para(''),
    outcomes: outcomes.length ? `<ol>${outcomes.join('')}</ol>` : para(''),
    actions: actions.length
      ? `<table><thead><tr><th>What</th><th>Who</th><th>By when</th></tr></thead><tbody>${actions.join('')}</tbody></table>`
      : para(''),
  };
}

function renderContributions(contributions: QuotedContribution[]): string {
  if (contributions.length === 0) return para('');
  return contributions
    .map(
      (c) =>
        `<figure><blockquote>${docToHtml(c.content)}</blockquote><figcaption>${escapeHtml(c.author)}, ` +
        `${escapeHtml(PARTICIPANT_ROLE_LABELS[c.role])}, submitted ${escapeHtml(c.submittedAt.slice(0, 10))}</figcaption></figure>`,
    )
    .join('');
}

/**
 * The finalised report as one self-contained HTML fragment. Deterministic (same record, same
 * bytes), so its SHA-256 identifies the exact text the local authority was given.
 */
export function renderReportHtml(record: FinalisedReportRecord): string {
  const { report } = record;
  const rows = renderRows(record);
  const changes = report.changes.filter((change) => change.proposed || change.disagreement);
  const changesHtml = changes.length
    ? changes
        .map((change) => {
          const title = EHCP_SECTIONS.find((s) => s.key === change.section)?.title ?? '';
          const disagreement = change.disagreement ? `<p>Difference of opinion: ${escapeHtml(change.disagreement)}</p>` : '';
          return `<h3>Section ${change.section}: ${escapeHtml(title)}</h3>${para(change.proposed)}${disagreement}`;
        })
        .join('')
    : '<p>No changes proposed.</p>';
  const pfa = Object.values(report.pfa).some(Boolean);
  return [
    `<article class="review-report"><h1>Annual review report: ${escapeHtml(record.pupilName)}</h1>`,
    `<p>Meeting held ${escapeHtml(record.meetingDate ?? 'on a date not recorded')}</p>`,
    section('Attendees', rows.attendees),
    section("The young person's views", docToHtml(report.text.youngPersonViews)),
    section("Parents' and carers' views", docToHtml(report.text.parentViews)),
    section('Progress towards outcomes (Section E)', rows.outcomes),
    section('Proposed changes to the plan', changesHtml),
    section('Provision review', docToHtml(report.text.provisionReview)),
    section(
      'Personal budget',
      `<p>${optionLabel(PERSONAL_BUDGET_ANSWERS, report.personalBudget.answer)}</p>${para(report.personalBudget.notes)}`,
    ),
    pfa
      ? section(
          'Preparing for adulthood',
          PFA_ITEMS.map((item) => `<h3>${escapeHtml(item.label)}</h3>${para(report.pfa[item.key])}`).join(''),
        )
      : '',
    report.phaseTransfer.nextSetting ? section('Phase transfer', para(report.phaseTransfer.nextSetting)) : '',
    section(
      'Recommendation',
      `<p><strong>${optionLabel(RECOMMENDATION_OPTIONS, report.recommendation)}</strong></p>${para(report.reasons)}`,
    ),
    section('Actions', rows.actions),
    section('Discussion notes', docToHtml(report.text.notes)),
    section('Contributions received', renderContributions(record.contributions)),
    '</article>',
  ].join('');
}

import { describe, expect, it } from 'vitest';
import type { DocJsonNode } from '../schemas/doc-json.ts';
import { findMissingItems, type CompletenessContext } from './completeness.ts';
import { docPlainText, parseMeetingReport } from './meeting-report.ts';
import { docToHtml, renderReportHtml, withSafeLinks } from './render-html.ts';
import { PFA_ITEMS, type RawReportContent } from './report-layout.ts';

const doc = (text: string): DocJsonNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
});
const empty: RawReportContent = { fragments: {}, fields: {}, rows: {} };
const context: CompletenessContext = { isYear9Plus: false, isPhaseTransfer: false, hasMeetingDate: true };

function completeRaw(): RawReportContent {
  return {
    fragments: { youngPersonViews: doc('I like maths.'), parentViews: doc('Going well.'), provisionReview: doc('Reviewed.') },
    fields: {
      'personalBudget.answer': 'not-requested',
      recommendation: 'maintain',
      'recommendation.reasons': 'Progress is good.',
    },
    rows: {
      attendees: [{ id: 'a1', name: 'Sam Patel', role: 'SENDCo', attendance: 'attended' }],
      outcomes: [{ id: 'o1', outcome: 'Read at age level', rating: 'good-progress', evidence: 'Reading age 9.2' }],
      actions: [{ id: 'x1', who: 'SENDCo', what: 'Send report', byWhen: '2026-12-01' }],
    },
  };
}

describe('parseMeetingReport', () => {
  it('reads an empty document as an empty report', () => {
    const report = parseMeetingReport(empty);
    expect(report.attendees).toEqual([]);
    expect(report.recommendation).toBeNull();
    expect(report.changes.map((change) => change.section)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
    expect(docPlainText(report.text.youngPersonViews)).toBe('');
  });

  it('ignores values of the wrong type or outside their lists instead of failing', () => {
    const report = parseMeetingReport({
      fragments: { youngPersonViews: 'not a doc' as unknown as DocJsonNode },
      fields: { recommendation: 'delete-everything', 'personalBudget.answer': 42, 'pfa.health': { nested: true } },
      rows: { outcomes: [null, 'x', { id: 'o1', rating: 'excellent', outcome: 7 }] as unknown[], actions: 'nope' as never },
    });
    expect(report.recommendation).toBeNull();
    expect(report.personalBudget.answer).toBeNull();
    expect(report.pfa.health).toBe('');
    expect(report.outcomes).toEqual([{ id: 'o1', outcome: '', rating: null, evidence: '' }]);
    expect(report.actions).toEqual([]);
    expect(report.text.youngPersonViews).toEqual({ type: 'doc', content: [] });
  });

  it('keeps only real calendar dates for actions', () => {
    const raw = completeRaw();
    raw.rows.actions = [{ id: 'x', who: 'a', what: 'b', byWhen: '2026-02-30' }];
    expect(parseMeetingReport(raw).actions[0]?.byWhen).toBeNull();
  });
});

describe('findMissingItems', () => {
  it('lists every required part of an empty report, in report order', () => {
    const fields = findMissingItems(parseMeetingReport(empty), { ...context, hasMeetingDate: false }).map((item) => item.field);
    expect(fields).toEqual([
      'meetingDate',
      'attendees',
      'youngPersonViews',
      'parentViews',
      'outcomes',
      'provisionReview',
      'personalBudget.answer',
      'recommendation',
      'recommendation.reasons',
    ]);
  });

  it('finds nothing missing in a complete report', () => {
    expect(findMissingItems(parseMeetingReport(completeRaw()), context)).toEqual([]);
  });

  it('treats whitespace as empty and names the row that is incomplete', () => {
    const raw = completeRaw();
    raw.fragments.parentViews = doc('   ');
    raw.rows.outcomes = [...(raw.rows.outcomes ?? []), { id: 'o2', outcome: 'Make friends', rating: null, evidence: '' }];
    const messages = findMissingItems(parseMeetingReport(raw), context).map((item) => item.message);
    expect(messages).toEqual(["Parents' and carers' views", 'Outcome 2: progress rating', 'Outcome 2: evidence of progress']);
  });

  it('requires all seven preparing-for-adulthood items from Year 9 (R12)', () => {
    const raw = completeRaw();
    expect(findMissingItems(parseMeetingReport(raw), { ...context, isYear9Plus: true })).toHaveLength(PFA_ITEMS.length);
    raw.fields = { ...raw.fields, ...Object.fromEntries(PFA_ITEMS.map((item) => [`pfa.${item.key}`, 'Discussed'])) };
    raw.fields['pfa.health'] = '';
    expect(findMissingItems(parseMeetingReport(raw), { ...context, isYear9Plus: true }).map((item) => item.field)).toEqual([
      'pfa.health',
    ]);
  });

  it('requires the next setting for a phase transfer and a proposed change when amending', () => {
    const raw = completeRaw();
    raw.fields.recommendation = 'amend';
    const fields = findMissingItems(parseMeetingReport(raw), { ...context, isPhaseTransfer: true }).map((item) => item.field);
    expect(fields).toEqual(['changes', 'phaseTransfer.nextSetting']);
    raw.fields['change.F.proposed'] = 'Add 1:1 reading support';
    raw.fields['phaseTransfer.nextSetting'] = 'Oakfield High';
    expect(findMissingItems(parseMeetingReport(raw), { ...context, isPhaseTransfer: true })).toEqual([]);
  });

  it('requires each action to say what, who and by when', () => {
    const raw = completeRaw();
    raw.rows.actions = [{ id: 'x1', who: '', what: 'Book OT', byWhen: null }];
    expect(findMissingItems(parseMeetingReport(raw), context).map((item) => item.message)).toEqual([
      'Action 1: who will do it',
      'Action 1: by when',
    ]);
  });
});

describe('renderReportHtml', () => {
  const record = (raw: RawReportContent) => ({
    pupilName: 'Alex <b>Smith</b>',
    meetingDate: '2026-11-20',
    report: parseMeetingReport(raw),
    contributions: [],
  });

  it('escapes everything typed into the report', () => {
    const raw = completeRaw();
    raw.fragments.youngPersonViews = doc('<script>alert(1)</script>');
    raw.fields['recommendation.reasons'] = '"><img src=x onerror=alert(1)>';
    const html = renderReportHtml(record(raw));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Alex &lt;b&gt;Smith&lt;/b&gt;');
  });

  it('keeps web links and drops javascript: links to plain text', () => {
    const linked = (href: string): DocJsonNode => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href } }] }] }],
    });
    expect(docToHtml(linked('javascript:alert(1)'))).toBe('<p>here</p>');
    expect(docToHtml(linked(' JavaScript:alert(1)'))).toBe('<p>here</p>');
    expect(docToHtml(linked('https://example.org/?a=1&b="2"'))).toBe(
      '<p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer nofollow">here</a></p>',
    );
  });

  it('strips unsafe link marks for the browser renderers, keeping the text', () => {
    const node: DocJsonNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bad', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'good', marks: [{ type: 'link', attrs: { href: 'mailto:a@b.example' } }] },
          ],
        },
      ],
    };
    const safe = withSafeLinks(node).content![0]!.content!;
    expect(safe[0]).toEqual({ type: 'text', text: 'bad', marks: [{ type: 'bold' }] });
    expect(safe[1]?.marks).toEqual([{ type: 'link', attrs: { href: 'mailto:a@b.example' } }]);
  });

  it('is deterministic and shows each part of the report', () => {
    const first = renderReportHtml(record(completeRaw()));
    expect(renderReportHtml(record(completeRaw()))).toBe(first);
    for (const text of ['Sam Patel', 'Read at age level', 'Good progress', 'Maintain the plan', 'Send report', 'I like maths.'])
      expect(first).toContain(text);
  });
});

import { describe, expect, it } from 'vitest';
import type { DocJsonNode } from '../schemas/doc-json.ts';
import { parseMeetingReport } from './meeting-report.ts';
import { escapeHtml, renderReportHtml } from './render-html.ts';
import { blockText, docToBlocks, type ReportBlock } from './report-blocks.ts';
import { NONE_RECORDED, pupilIdentifierRows, reportSections } from './report-sections.ts';
import type { RawReportContent } from './report-layout.ts';

const doc = (...content: DocJsonNode[]): DocJsonNode => ({ type: 'doc', content });
const para = (text: string): DocJsonNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });

function raw(): RawReportContent {
  return {
    fragments: { youngPersonViews: doc(para('I like maths.')), parentViews: doc(para('میرا بیٹا خوش ہے')) },
    fields: {
      'personalBudget.answer': 'not-requested',
      recommendation: 'maintain',
      'recommendation.reasons': 'Progress is good.',
      'change.F.disagreement': 'Parents want more hours.',
    },
    rows: {
      attendees: [
        { id: 'a1', name: 'Sam Patel', role: 'SENDCo', attendance: 'attended' },
        { id: 'a2', name: '', role: 'Class teacher', attendance: 'attended' },
      ],
      outcomes: [{ id: 'o1', outcome: 'Read at age level', rating: 'good-progress', evidence: '' }],
      actions: [{ id: 'x1', who: 'SENDCo', what: 'Send report', byWhen: '2026-12-01' }],
    },
  };
}

const sectionsOf = (content: RawReportContent, contributions = []) =>
  reportSections(parseMeetingReport(content), { contributions });
const textOf = (blocks: ReportBlock[]) => blocks.map(blockText).join('\n');

describe('reportSections', () => {
  it('lists the report in order, leaving out optional parts nobody wrote in', () => {
    expect(sectionsOf(raw()).map((section) => section.id)).toEqual([
      'attendees',
      'young-person-views',
      'parent-views',
      'outcomes',
      'changes',
      'provision',
      'personal-budget',
      'recommendation',
      'actions',
      'contributions',
    ]);
    const full = raw();
    full.fields['pfa.health'] = 'Sees the GP yearly.';
    full.fields['phaseTransfer.nextSetting'] = 'Oakfield High';
    full.fragments.report = doc(para('We talked about lunchtimes.'));
    const ids = sectionsOf(full).map((section) => section.id);
    expect(ids).toEqual(expect.arrayContaining(['pfa', 'phase-transfer', 'notes']));
    expect(ids.indexOf('pfa')).toBeLessThan(ids.indexOf('recommendation'));
  });

  it('shows attendees as a table and leaves out rows without a name, as the completeness check does', () => {
    const [attendees] = sectionsOf(raw());
    expect(attendees?.blocks).toEqual([
      { kind: 'table', columns: ['Name', 'Role', 'Attendance'], rows: [['Sam Patel', 'SENDCo', 'Attended']] },
    ]);
    const nobody = raw();
    nobody.rows.attendees = [{ id: 'a2', name: '', role: 'Class teacher' }];
    expect(sectionsOf(nobody)[0]?.blocks).toEqual([{ kind: 'empty', text: NONE_RECORDED }]);
  });

  it('says "None recorded." for empty parts, and keeps text as it was typed (Arabic script included)', () => {
    const sections = sectionsOf(raw());
    const byId = (id: string) => sections.find((section) => section.id === id)!;
    expect(byId('provision').blocks).toEqual([{ kind: 'empty', text: NONE_RECORDED }]);
    expect(textOf(byId('parent-views').blocks)).toBe('میرا بیٹا خوش ہے');
    expect(textOf(byId('outcomes').blocks)).toContain('Evidence: None recorded.');
    // A difference of opinion without a proposal still shows, under its section's heading.
    expect(textOf(byId('changes').blocks)).toBe(
      'Section F: Special educational provision\nNone recorded.\nDifference of opinion: Parents want more hours.',
    );
    expect(byId('actions').blocks[0]).toMatchObject({ kind: 'table', rows: [['Send report', 'SENDCo', 'Tue 1 Dec 2026']] });
    expect(textOf(byId('recommendation').blocks)).toBe('Maintain the plan\nProgress is good.');
  });

  it('quotes contributions with who wrote them and when', () => {
    const sections = reportSections(parseMeetingReport(raw()), {
      contributions: [
        { author: 'Ana Sousa', role: 'parent_carer', submittedAt: '2026-11-03T09:00:00.000Z', content: doc(para('Calmer.')) },
      ],
    });
    expect(sections.at(-1)?.blocks).toEqual([
      {
        kind: 'quote',
        blocks: [{ kind: 'paragraph', runs: [{ text: 'Calmer.' }] }],
        caption: 'Ana Sousa, Parent or carer, submitted Tue 3 Nov 2026',
      },
    ]);
  });

  it('is what the HTML record renders, section by section', () => {
    const html = renderReportHtml({
      pupilName: 'Zoë',
      meetingDate: '2026-11-20',
      report: parseMeetingReport(raw()),
      contributions: [],
    });
    for (const section of sectionsOf(raw())) expect(html).toContain(`<h2>${escapeHtml(section.title)}</h2>`);
    expect(html).toContain('Meeting held Fri 20 Nov 2026');
    expect(html).not.toContain('Class teacher');
  });
});

describe('docToBlocks', () => {
  it('keeps marks, hard breaks, lists, headings and quotes, and drops empty paragraphs', () => {
    const blocks = docToBlocks(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Morning' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Very ', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'calm', marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://a.example' } }] },
          ],
        },
        para(''),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para('one')] },
            { type: 'listItem', content: [para('two')] },
          ],
        },
        { type: 'blockquote', content: [para('quoted')] },
        { type: 'mystery', content: [para('inside an unknown node')] },
      ),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Morning' },
      {
        kind: 'paragraph',
        runs: [{ text: 'Very ', bold: true }, { text: '\n' }, { text: 'calm', italic: true, href: 'https://a.example' }],
      },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'paragraph', runs: [{ text: 'one' }] }], [{ kind: 'paragraph', runs: [{ text: 'two' }] }]],
      },
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'quoted' }] }], caption: '' },
      { kind: 'paragraph', runs: [{ text: 'inside an unknown node' }] },
    ]);
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const node = doc({
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
    });
    expect(docToBlocks(node)).toEqual([{ kind: 'paragraph', runs: [{ text: 'x' }] }]);
  });
});

describe('pupilIdentifierRows', () => {
  it('names the child, date of birth, UPN, LA and school, saying when one is not known', () => {
    expect(
      pupilIdentifierRows({ pupilName: 'Zoë Łukasz', dateOfBirth: '2012-10-01', upn: null, la: 'Leeds', schoolName: 'Oakfield' }),
    ).toEqual([
      { label: 'Full name', value: 'Zoë Łukasz' },
      { label: 'Date of birth', value: 'Mon 1 Oct 2012' },
      { label: 'UPN', value: 'Not given' },
      { label: 'Local authority', value: 'Leeds' },
      { label: 'School', value: 'Oakfield' },
    ]);
  });
});

import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { pupilIdentifierRows, type ReportBlock, type TextRun as ReportRun } from '@ehcp/shared';
import type { ReportFileContent } from './report-file-content.ts';
import { DRAFT_MARK, isRightToLeft, runningHeader, scriptRuns, statusLines } from './report-file-text.ts';

const FONT = 'Arial';
const MUTED = '555555';
const DRAFT = 'B91C1C';
/** Half-points. */
const SIZE = { body: 21, small: 17 };
const ORDERED = 'ordered-list';
const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_4] as const;

interface Style {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
}

/** Word runs for report runs: each stretch of Arabic script marked right to left, so Word shapes and orders it. */
function runsOf(runs: ReportRun[], style: Style = {}): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const children = scriptRuns(run.text).flatMap((piece) =>
      piece.text.split('\n').map(
        (line, index) =>
          new TextRun({
            text: line,
            break: index > 0 ? 1 : undefined,
            bold: Boolean(run.bold || style.bold),
            italics: Boolean(run.italic || style.italics),
            underline: run.underline || run.href ? {} : undefined,
            strike: Boolean(run.strike),
            color: run.href ? '1D4ED8' : style.color,
            size: style.size,
            rightToLeft: piece.arabic,
          }),
      ),
    );
    return run.href ? [new ExternalHyperlink({ link: run.href, children })] : children;
  });
}

const textOf = (runs: ReportRun[]) => runs.map((run) => run.text).join('');

function paragraph(runs: ReportRun[], options: { style?: Style; indent?: number; spacingAfter?: number } = {}): Paragraph {
  const rtl = isRightToLeft(textOf(runs));
  return new Paragraph({
    children: runsOf(runs, options.style),
    bidirectional: rtl,
    alignment: rtl ? AlignmentType.RIGHT : undefined,
    indent: options.indent ? { left: options.indent } : undefined,
    spacing: { after: options.spacingAfter ?? 120 },
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B0B0B0' };

function table(columns: string[] | null, rows: string[][]): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            children: [paragraph([{ text: cell }], { style: { bold: header }, spacingAfter: 0 })],
            shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
            margins: { top: 60, bottom: 60, left: 80, right: 80 },
            borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(columns ? [row(columns, true)] : []), ...rows.map((cells) => row(cells, false))],
  });
}

/** Word's numbering restarts per list through a new instance of one ordered-list definition. */
interface ListCounter {
  next: number;
}

function blocksOf(blocks: ReportBlock[], indent: number, lists: ListCounter): (Paragraph | Table)[] {
  return blocks.flatMap((block) => blockOf(block, indent, lists));
}

function blockOf(block: ReportBlock, indent: number, lists: ListCounter): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(block.runs, { indent })];
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[block.level - 1], children: runsOf([{ text: block.text }]), indent: { left: indent } }),
      ];
    case 'list': {
      const instance = lists.next++;
      return block.items.flatMap((item) => {
        const [first, ...rest] = item;
        const marker = block.ordered ? { numbering: { reference: ORDERED, level: 0, instance } } : { bullet: { level: 0 } };
        const head =
          first?.kind === 'paragraph'
            ? [new Paragraph({ ...marker, children: runsOf(first.runs), spacing: { after: 60 } })]
            : [new Paragraph({ ...marker, children: [] }), ...(first ? blockOf(first, indent + 360, lists) : [])];
        return [...head, ...blocksOf(rest, indent + 360, lists)];
      });
    }
    case 'quote':
      return [
        ...blocksOf(block.blocks, indent + 360, lists),
        ...(block.caption
          ? [paragraph([{ text: block.caption }], { indent: indent + 360, style: { color: MUTED, size: SIZE.small } })]
          : []),
      ];
    case 'code':
      return [paragraph([{ text: block.text, code: true }], { indent, style: { size: SIZE.small } })];
    case 'rule':
      return [
        new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'B0B0B0', space: 1 } } }),
      ];
    case 'fields':
      return block.rows.map((row) =>
        paragraph([{ text: `${row.label}: `, bold: true }, { text: row.value }], { indent, spacingAfter: 60 }),
      );
    case 'table':
      return [table(block.columns, block.rows), new Paragraph({ children: [] })];
    case 'empty':
      return [paragraph([{ text: block.text }], { indent, style: { italics: true, color: MUTED } })];
  }
}

/**
 * The report as a Word document: the same title, identifiers and sections as the PDF, a
 * running header on every page (with "Draft — not final" on a draft) and "Page n of N" in the
 * footer as Word fields. Word sets the text in the reader's own fonts (Arial, which has Arabic
 * script on Windows and macOS); Arabic-script runs are marked right to left.
 */
export async function renderReportDocx(content: ReportFileContent): Promise<Buffer> {
  const lists: ListCounter = { next: 1 };
  const header = new Header({
    children: [
      new Paragraph({
        children: [
          ...runsOf([{ text: runningHeader(content) }], { color: MUTED, size: SIZE.small }),
          ...(content.finalised ? [] : [new TextRun({ text: `    ${DRAFT_MARK}`, bold: true, color: DRAFT, size: SIZE.small })]),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            color: MUTED,
            size: SIZE.small,
          }),
        ],
      }),
    ],
  });
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Annual review report')] }),
    ...(content.finalised ? [] : [paragraph([{ text: DRAFT_MARK, bold: true }], { style: { color: DRAFT, size: 28 } })]),
    table(
      null,
      pupilIdentifierRows(content.subject).map((row) => [row.label, row.value]),
    ),
    ...statusLines(content).map((line) =>
      paragraph([{ text: line }], { style: { color: MUTED, size: SIZE.small }, spacingAfter: 40 }),
    ),
    ...content.sections.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: runsOf([{ text: section.title }]) }),
      ...blocksOf(section.blocks, 0, lists),
    ]),
  ];
  const document = new Document({
    creator: content.subject.schoolName,
    title: `Annual review report: ${content.subject.pupilName}`,
    description: content.finalised ? 'EHCP annual review report' : `EHCP annual review report (${DRAFT_MARK})`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ headers: { default: header }, footers: { default: footer }, children: body }],
  });
  return Packer.toBuffer(document);
}

import PDFDocument from 'pdfkit';
import { pupilIdentifierRows, type ReportBlock, type ReportSection, type TextRun } from '@ehcp/shared';
import type { ReportFileContent } from './report-file-content.ts';
import { reportFonts } from './report-fonts.ts';
import { DRAFT_MARK, isRightToLeft, pageLabel, runningHeader, scriptRuns, statusLines } from './report-file-text.ts';

type Doc = PDFKit.PDFDocument;

const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const SIZE = { title: 18, section: 13.5, heading: 11, body: 10, small: 8.5 };
const COLOUR = { text: '#1a1a1a', muted: '#555555', line: '#b0b0b0', link: '#1d4ed8', draft: '#b91c1c', band: '#eeeeee' };
const INDENT = 14;
const CELL_PADDING = 4;

/** Where a block is laid out: its left edge and width (lists and quotes indent). */
interface Frame {
  x: number;
  width: number;
}

interface Style {
  size: number;
  color?: string;
  bold?: boolean;
}

function fontOf(arabic: boolean, run: Omit<TextRun, 'text'>, style: Style): string {
  const bold = run.bold || style.bold;
  if (arabic) return bold ? 'arabic-bold' : 'arabic';
  return bold ? 'bold' : run.italic ? 'italic' : 'regular';
}

/**
 * Writes runs of text as one paragraph at the current position, each stretch of Arabic script in
 * the Arabic font. A paragraph whose first letter is Arabic script is set right-aligned (pdfkit
 * lays each line's glyphs right to left through fontkit; pdftotext then reads it in order).
 */
function writeRuns(doc: Doc, runs: TextRun[], frame: Frame, style: Style): void {
  const pieces = runs.flatMap((run) => scriptRuns(run.text).map((piece) => ({ ...run, text: piece.text, arabic: piece.arabic })));
  if (pieces.length === 0) return;
  const align = isRightToLeft(runs.map((run) => run.text).join('')) ? 'right' : 'left';
  const x = frame.x;
  pieces.forEach((piece, index) => {
    doc
      .font(fontOf(piece.arabic, piece, style))
      .fontSize(style.size)
      .fillColor(piece.href ? COLOUR.link : (style.color ?? COLOUR.text));
    const options: PDFKit.Mixins.TextOptions = {
      continued: index < pieces.length - 1,
      width: frame.width,
      align,
      lineGap: 2,
      underline: Boolean(piece.underline || piece.href),
      strike: Boolean(piece.strike),
      link: piece.href ?? null,
      // Explicit features for Arabic script: with pdfkit's default call, its glyph positions make
      // text extractors (pdftotext, screen readers' PDF engines) read the words in reverse.
      ...(piece.arabic ? { features: { kern: false } as unknown as PDFKit.Mixins.TextOptions['features'] } : {}),
    };
    if (index === 0) doc.text(piece.text, x, doc.y, options);
    else doc.text(piece.text, options);
  });
  doc.fillColor(COLOUR.text);
}

/** A line from (x1, y1) to (x2, y2). */
function line(doc: Doc, from: [number, number], to: [number, number], width: number, colour: string): void {
  doc
    .moveTo(...from)
    .lineTo(...to)
    .lineWidth(width)
    .strokeColor(colour)
    .stroke();
}

/** A horizontal rule across a frame at height y. */
const rule = (doc: Doc, frame: Frame, y: number, width = 0.5) =>
  line(doc, [frame.x, y], [frame.x + frame.width, y], width, COLOUR.line);

const gap = (doc: Doc, points: number) => {
  doc.y += points;
};

/** Starts a new page when less than `points` are left on this one (keeps a title with what follows). */
function keepSpace(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - MARGIN.bottom) doc.addPage();
}

function writeText(doc: Doc, text: string, frame: Frame, style: Style): void {
  writeRuns(doc, [{ text }], frame, style);
}

/** A grid of cells with an optional header row, repeated on each new page. Rows are never split. */
function writeTable(doc: Doc, columns: string[] | null, rows: string[][], frame: Frame, weights?: number[]): void {
  const count = columns?.length ?? rows[0]?.length ?? 0;
  if (count === 0) return;
  const lengths = Array.from({ length: count }, (_, c) =>
    Math.min(60, Math.max(8, ...[columns ?? [], ...rows].map((row) => (row[c] ?? '').length))),
  );
  const shares = weights ?? lengths;
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => (frame.width * share) / total);
  const measure = (cells: string[], bold: boolean) =>
    Math.max(
      ...cells.map((cell, c) => {
        doc.font(isRightToLeft(cell) ? 'arabic' : bold ? 'bold' : 'regular').fontSize(SIZE.body);
        return doc.heightOfString(cell || ' ', { width: widths[c]! - 2 * CELL_PADDING, lineGap: 2 });
      }),
    ) +
    2 * CELL_PADDING;

  const drawRow = (cells: string[], header: boolean, band: boolean) => {
    const estimated = measure(cells, header);
    keepSpace(doc, estimated);
    const top = doc.y;
    let bottom = top + estimated;
    let x = frame.x;
    if (band) doc.rect(frame.x, top, frame.width, estimated).fill(COLOUR.band);
    cells.forEach((cell, c) => {
      doc.y = top + CELL_PADDING;
      writeRuns(
        doc,
        [{ text: cell }],
        { x: x + CELL_PADDING, width: widths[c]! - 2 * CELL_PADDING },
        {
          size: SIZE.body,
          bold: header,
        },
      );
      bottom = Math.max(bottom, doc.y + CELL_PADDING);
      x += widths[c]!;
    });
    doc.lineWidth(0.5).strokeColor(COLOUR.line);
    let edge = frame.x;
    for (const width of widths) {
      doc.rect(edge, top, width, bottom - top).stroke();
      edge += width;
    }
    doc.x = frame.x;
    doc.y = bottom;
  };

  if (columns) drawRow(columns, true, true);
  for (const row of rows) {
    const before = doc.page;
    const estimated = measure(row, false);
    keepSpace(doc, estimated);
    // A new page repeats the header row.
    if (columns && doc.page !== before) drawRow(columns, true, true);
    drawRow(row, false, false);
  }
  gap(doc, 6);
}

function writeBlocks(doc: Doc, blocks: ReportBlock[], frame: Frame): void {
  for (const block of blocks) writeBlock(doc, block, frame);
}

function writeBlock(doc: Doc, block: ReportBlock, frame: Frame): void {
  switch (block.kind) {
    case 'paragraph':
      writeRuns(doc, block.runs, frame, { size: SIZE.body });
      gap(doc, 5);
      return;
    case 'heading':
      keepSpace(doc, 48);
      gap(doc, 2);
      writeText(doc, block.text, frame, { size: block.level === 1 ? SIZE.heading : SIZE.body, bold: true });
      gap(doc, 3);
      return;
    case 'list':
      block.items.forEach((item, index) => {
        keepSpace(doc, 24);
        const top = doc.y;
        doc.font('regular').fontSize(SIZE.body).fillColor(COLOUR.text);
        doc.text(block.ordered ? `${index + 1}.` : '•', frame.x, top, { width: INDENT, lineBreak: false });
        doc.y = top;
        writeBlocks(doc, item, { x: frame.x + INDENT, width: frame.width - INDENT });
      });
      return;
    case 'quote': {
      const top = doc.y;
      const inner = { x: frame.x + INDENT, width: frame.width - INDENT };
      writeBlocks(doc, block.blocks, inner);
      if (block.caption) writeText(doc, block.caption, inner, { size: SIZE.small, color: COLOUR.muted });
      // The bar beside the quote, on the page where it ends.
      const start = doc.y < top ? MARGIN.top : top;
      line(doc, [frame.x + 3, start], [frame.x + 3, doc.y], 2.5, COLOUR.link);
      gap(doc, 8);
      return;
    }
    case 'code':
      writeText(doc, block.text, frame, { size: SIZE.small });
      gap(doc, 5);
      return;
    case 'rule':
      rule(doc, frame, doc.y + 3);
      gap(doc, 9);
      return;
    case 'fields':
      for (const row of block.rows) {
        // A label stays on the page of its value (pdfkit loses the bold of a line it carries over).
        keepSpace(doc, 28);
        writeRuns(doc, [{ text: `${row.label}: `, bold: true }, { text: row.value }], frame, { size: SIZE.body });
      }
      gap(doc, 5);
      return;
    case 'table':
      writeTable(doc, block.columns, block.rows, frame);
      return;
    case 'empty':
      writeRuns(doc, [{ text: block.text, italic: true }], frame, { size: SIZE.body, color: COLOUR.muted });
      gap(doc, 5);
      return;
  }
}

function writeSection(doc: Doc, section: ReportSection, frame: Frame): void {
  keepSpace(doc, 64);
  gap(doc, 6);
  writeText(doc, section.title, frame, { size: SIZE.section, bold: true });
  rule(doc, frame, doc.y + 1, 0.75);
  gap(doc, 6);
  writeBlocks(doc, section.blocks, frame);
}

/** The running header (child, "Annual review", school; "Draft — not final" on a draft) and "Page n of N", on every page. */
function writePageFurniture(doc: Doc, content: ReportFileContent): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing in the margins must not start new pages.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const headerWidth = content.finalised ? width : width * 0.68;
    doc.y = 32;
    writeText(doc, runningHeader(content), { x: MARGIN.left, width: headerWidth }, { size: SIZE.small, color: COLOUR.muted });
    if (!content.finalised) {
      doc.y = 32;
      doc
        .font('bold')
        .fontSize(SIZE.small)
        .fillColor(COLOUR.draft)
        .text(DRAFT_MARK, MARGIN.left + headerWidth, 32, { width: width - headerWidth, align: 'right', lineBreak: false });
    }
    rule(doc, { x: MARGIN.left, width }, 50);
    doc
      .font('regular')
      .fontSize(SIZE.small)
      .fillColor(COLOUR.muted)
      .text(pageLabel(index - range.start + 1, range.count), MARGIN.left, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The report as a PDF (A4): title, the child's identifiers, whether it is a draft or the agreed
 * record, then every section as `reportSections` gives them; a running header and page numbers
 * on every page. Fonts are embedded (subset), so Latin-extended and Arabic-script text show on
 * any reader.
 */
export async function renderReportPdf(content: ReportFileContent): Promise<Buffer> {
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    // A default font of our own: pdfkit would otherwise load Helvetica's metrics for nothing.
    font: fonts.regular as unknown as string,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `Annual review report: ${content.subject.pupilName}${content.finalised ? '' : ` (${DRAFT_MARK})`}`,
      Author: content.subject.schoolName,
      Subject: 'EHCP annual review',
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  doc.registerFont('arabic', fonts.arabic);
  doc.registerFont('arabic-bold', fonts.arabicBold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const frame = { x: MARGIN.left, width: doc.page.width - MARGIN.left - MARGIN.right };
  doc.y = MARGIN.top;
  writeText(doc, 'Annual review report', frame, { size: SIZE.title, bold: true });
  if (!content.finalised) writeText(doc, DRAFT_MARK, frame, { size: SIZE.section, bold: true, color: COLOUR.draft });
  gap(doc, 6);
  writeTable(
    doc,
    null,
    pupilIdentifierRows(content.subject).map((row) => [row.label, row.value]),
    frame,
    [1, 3],
  );
  for (const line of statusLines(content)) writeText(doc, line, frame, { size: SIZE.small, color: COLOUR.muted });
  gap(doc, 6);
  for (const section of content.sections) writeSection(doc, section, frame);
  writePageFurniture(doc, content);
  doc.end();
  return done;
}

import { reportSections, type ReviewOutcome } from '@ehcp/shared';
import { ReportBlocks } from './ReportBlocks.tsx';
import { ReportPart } from './ReportPart.tsx';

/**
 * A finalised meeting report, read-only, from the shared `reportSections`: the same sections,
 * in the same order and words, as the HTML record, the PDF and the Word file. Everything typed
 * in the meeting is rendered as text, never as HTML, so nothing in it can run in the reader's browser.
 */
export function FinalisedReport({ outcome }: { outcome: ReviewOutcome }) {
  const sections = reportSections(outcome.report, { contributions: outcome.contributions });
  return (
    <div className="meeting-report finalised" data-testid="report-snapshot">
      {sections.map((section) => (
        <ReportPart key={section.id} id={section.id} title={section.title}>
          <ReportBlocks blocks={section.blocks} />
        </ReportPart>
      ))}
    </div>
  );
}

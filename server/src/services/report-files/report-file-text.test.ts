import { describe, expect, it } from 'vitest';
import type { ReportFileContent } from './report-file-content.ts';
import { isRightToLeft, reportFileName, scriptRuns, statusLines } from './report-file-text.ts';

const content = (overrides: Partial<ReportFileContent> = {}): ReportFileContent => ({
  status: 'draft',
  subject: { pupilName: "Zoë O'Neil/Smith", dateOfBirth: '2012-10-01', upn: null, la: null, schoolName: 'Oakfield' },
  meetingDate: '2026-11-02',
  sections: [],
  finalised: null,
  madeOn: '2026-11-05',
  ...overrides,
});

describe('scriptRuns', () => {
  it('splits Arabic script from the rest, keeping spaces out of the Arabic where Latin follows', () => {
    expect(scriptRuns('Mum said: میرا بیٹا خوش ہے today.')).toEqual([
      { text: 'Mum said: ', arabic: false },
      { text: 'میرا بیٹا خوش ہے', arabic: true },
      { text: ' today.', arabic: false },
    ]);
    expect(scriptRuns('Łódź 12')).toEqual([{ text: 'Łódź 12', arabic: false }]);
  });

  it('reads a paragraph as right to left when its first letter is Arabic script', () => {
    expect(isRightToLeft('  «میرا» Ben')).toBe(true);
    expect(isRightToLeft('12. Ben میرا')).toBe(false);
  });
});

describe('reportFileName', () => {
  it('names a draft by the day it was made and the record by its meeting, without characters a file name cannot hold', () => {
    expect(reportFileName(content(), 'pdf')).toBe("Annual review - Zoë O'Neil Smith - 2026-11-05.pdf");
    const final = content({ status: 'final', finalised: { at: '2026-11-03T10:00:00.000Z', by: 'Priya Shah', htmlSha256: null } });
    expect(reportFileName(final, 'docx')).toBe("Annual review - Zoë O'Neil Smith - 2026-11-02.docx");
    expect(statusLines(final)).toEqual(['Meeting held Mon 2 Nov 2026', 'Finalised Tue 3 Nov 2026 by Priya Shah']);
  });
});

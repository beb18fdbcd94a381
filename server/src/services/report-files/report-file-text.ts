import { shortDate } from '@ehcp/shared';
import type { ReportFileContent } from './report-file-content.ts';

/** What every page of a draft says, in the running header of both formats. */
export const DRAFT_MARK = 'Draft — not final';

/** The running header on every page: the child, "Annual review", the school. */
export const runningHeader = (content: ReportFileContent): string =>
  `${content.subject.pupilName} · Annual review · ${content.subject.schoolName}`;

/** "Page 2 of 5". */
export const pageLabel = (page: number, pages: number): string => `Page ${page} of ${pages}`;

/** The lines under the title: when the meeting was, and whether this is the agreed record. */
export function statusLines(content: ReportFileContent): string[] {
  const meeting = content.meetingDate ? `Meeting held ${shortDate(content.meetingDate)}` : 'Meeting date not recorded';
  if (!content.finalised)
    return [meeting, `${DRAFT_MARK}: the live report as it stood on ${shortDate(content.madeOn)}. It may still change.`];
  const fingerprint = content.finalised.htmlSha256 ? [`Record fingerprint (SHA-256): ${content.finalised.htmlSha256}`] : [];
  return [meeting, `Finalised ${shortDate(content.finalised.at.slice(0, 10))} by ${content.finalised.by}`, ...fingerprint];
}

/**
 * `Annual review - <Name> - <date>.<ext>`: the meeting date for a final copy (the record's own
 * date), the day it was made for a draft (a draft changes from day to day). Characters a file
 * name cannot hold become spaces; the header carries it RFC 5987-encoded.
 */
export function reportFileName(content: ReportFileContent, extension: 'pdf' | 'docx'): string {
  const name = content.subject.pupilName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const date = content.finalised && content.meetingDate ? content.meetingDate : content.madeOn;
  return `Annual review - ${name} - ${date}.${extension}`;
}

/** A stretch of text in one script direction, for choosing its font and direction. */
export interface ScriptRun {
  text: string;
  /** Arabic script (Arabic, Urdu, Persian…): right to left, set in the Arabic font. */
  arabic: boolean;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_LATIN = /[\p{L}]/u;

/**
 * Splits text into runs of Arabic script and everything else. Spaces, digits and punctuation
 * (neutral) stay with the run they are in, so words are never split from their spaces.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const char of text) {
    const arabic = ARABIC.test(char) ? true : STRONG_LATIN.test(char) ? false : null;
    const last = runs.at(-1);
    if (last && (arabic === null || arabic === last.arabic)) last.text += char;
    else if (last?.arabic) {
      // Spaces between Arabic and what follows belong to what follows, so they are not drawn inside the Arabic.
      const trailing = /\s*$/u.exec(last.text)?.[0] ?? '';
      last.text = last.text.slice(0, last.text.length - trailing.length);
      runs.push({ text: trailing + char, arabic: false });
    } else runs.push({ text: char, arabic: arabic ?? false });
  }
  return runs;
}

/** Whether a paragraph reads right to left: its first letter is Arabic script. */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    if (ARABIC.test(char)) return true;
    if (STRONG_LATIN.test(char)) return false;
  }
  return false;
}

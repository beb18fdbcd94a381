import { isIsoDate } from '@ehcp/shared/deadlines';

/** A date cell turned into `YYYY-MM-DD`, or the plain-English reason it could not be. */
export type ParsedDate = { ok: true; date: string } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date as SENDCos write them: `YYYY-MM-DD` (ISO) or `DD/MM/YYYY` (UK order; `-` or `.`
 * also accepted as separators, one- or two-digit day and month). Two-digit years and
 * American or other orders are refused rather than guessed, because a wrong guess silently
 * moves a statutory deadline.
 */
export function parseImportDate(raw: string): ParsedDate {
  const value = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (uk) {
    if (uk[4]!.length !== 4) {
      return { ok: false, message: `"${value}" has a two-digit year; write the full year, e.g. 14/03/2015.` };
    }
    [day, month, year] = [Number(uk[1]), Number(uk[3]), Number(uk[4])];
  } else {
    return { ok: false, message: `"${value}" is not a date; write it as DD/MM/YYYY (e.g. 14/03/2015) or YYYY-MM-DD.` };
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (month < 1 || month > 12 || !isIsoDate(date)) {
    const hint = month > 12 && day <= 12 ? ' It looks like month and day are swapped: use day/month/year.' : '';
    return { ok: false, message: `"${value}" is not a real date.${hint}` };
  }
  return { ok: true, date };
}

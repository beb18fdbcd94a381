import { findUnsafeNameCharacter, LIMITS, unsafeNameMessage, type ImportRowError } from '@ehcp/shared';
import {
  MAX_YEAR_GROUP_OVERRIDE,
  MIN_YEAR_GROUP_OVERRIDE,
  safeComputeTimeline,
  TRANSFER_TYPES,
  type TransferType,
} from '@ehcp/shared/deadlines';
import { pupilMatchKey } from '../../models/index.ts';
import { CsvSyntaxError, parseCsv } from './parse-csv.ts';
import { pupilNamePartsFrom } from './pupil-name.ts';
import { parseImportDate } from './parse-import-date.ts';

/** One valid row of an imported caseload. */
export interface ImportedPupil {
  row: number;
  matchKey: string;
  /**
   * The key an earlier import stored for this row when its name cell was "Surname, Forename"
   * (before such names were read forename first), so the pupil is updated, not duplicated.
   */
  formerMatchKey: string | null;
  name: string;
  /** Forename(s), from "Surname, Forename" or all but the last word. */
  givenName: string;
  /** Surname: before the comma, or the last word. */
  familyName: string;
  dateOfBirth: string;
  upn: string | null;
  planIssuedDate: string;
  lastReviewMeetingDate: string | null;
  la: string;
  yearGroupOverride: number | null;
  transfer: { type: TransferType; transferDate: string } | null;
}

type Field =
  | 'name'
  | 'dateOfBirth'
  | 'upn'
  | 'planIssuedDate'
  | 'lastReviewMeetingDate'
  | 'la'
  | 'yearGroupOverride'
  | 'transferType'
  | 'transferDate';

/** Accepted column names per field, compared without case, spaces or punctuation. */
const COLUMN_NAMES: Record<Field, string[]> = {
  name: ['pupilname', 'name', 'pupil', 'childname', 'fullname'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate'],
  upn: ['upn', 'uniquepupilnumber'],
  planIssuedDate: ['planissuedate', 'planissueddate', 'ehcpissuedate', 'dateplanissued', 'planissued'],
  lastReviewMeetingDate: ['lastreviewmeetingdate', 'lastreviewdate', 'lastreview', 'lastannualreview', 'lastannualreviewdate'],
  la: ['la', 'localauthority'],
  yearGroupOverride: ['yeargroupoverride', 'yeargroup', 'year'],
  transferType: ['transfertype', 'phasetransfer', 'transfer'],
  transferDate: ['transferdate', 'phasetransferdate'],
};
const REQUIRED: Field[] = ['name', 'dateOfBirth', 'planIssuedDate', 'la'];
const DEFAULT_LABELS: Record<Field, string> = {
  name: 'Pupil name',
  dateOfBirth: 'Date of birth',
  upn: 'UPN',
  planIssuedDate: 'Plan issue date',
  lastReviewMeetingDate: 'Last review meeting date',
  la: 'LA',
  yearGroupOverride: 'Year group',
  transferType: 'Transfer type',
  transferDate: 'Transfer date',
};
const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

function readYearGroup(raw: string): number | string {
  const value = raw.trim().toLowerCase();
  if (value === 'r' || value === 'reception') return 0;
  if (value === 'n' || value === 'nursery') return -1;
  const match = /^(?:year|yr|y)?\s*(-?\d{1,2})$/.exec(value);
  const n = match ? Number(match[1]) : NaN;
  if (Number.isInteger(n) && n >= MIN_YEAR_GROUP_OVERRIDE && n <= MAX_YEAR_GROUP_OVERRIDE) return n;
  return `"${raw}" is not a year group; write a number such as 9 (or "Year 9"), or R for Reception.`;
}

function readTransferType(raw: string): TransferType | string {
  const value = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace('post-16', 'post16');
  const found = TRANSFER_TYPES.find((type) => type === value);
  return found ?? `"${raw}" is not a transfer type; use one of ${TRANSFER_TYPES.join(', ')}.`;
}

/** Which column holds which field, from the header row. */
function mapColumns(header: string[]): {
  columns: Partial<Record<Field, number>>;
  labels: Record<Field, string>;
  errors: ImportRowError[];
} {
  const columns: Partial<Record<Field, number>> = {};
  const labels = { ...DEFAULT_LABELS };
  header.forEach((name, index) => {
    const field = (Object.keys(COLUMN_NAMES) as Field[]).find((f) => COLUMN_NAMES[f].includes(normalise(name)));
    if (field && columns[field] === undefined) {
      columns[field] = index;
      labels[field] = name.trim();
    }
  });
  const errors = REQUIRED.filter((field) => columns[field] === undefined).map((field) => ({
    row: 1,
    column: DEFAULT_LABELS[field],
    message: `The column "${DEFAULT_LABELS[field]}" is missing from the first row.`,
  }));
  return { columns, labels, errors };
}

/**
 * Reads and validates a whole caseload CSV before anything is written: every problem is
 * reported with its spreadsheet row (the header is row 1) and column, in plain words.
 * @param asOf today's date; facts after it (a birth date in the future) are refused.
 */
export function readCaseloadCsv(csv: string, asOf: string): { pupils: ImportedPupil[]; errors: ImportRowError[] } {
  let records: { fields: string[]; line: number }[];
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { pupils: [], errors: [{ row: error.line, column: '', message: error.message }] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { pupils: [], errors: [{ row: 1, column: '', message: 'The file is empty.' }] };
  const { columns, labels, errors } = mapColumns(header.fields);
  if (errors.length > 0) return { pupils: [], errors };
  const dataRows = body.filter((record) => record.fields.some((cell) => cell.trim() !== ''));
  if (dataRows.length === 0) return { pupils: [], errors: [{ row: 2, column: '', message: 'The file has no pupils in it.' }] };
  if (dataRows.length > LIMITS.caseloadImportMaxRows) {
    const message = `The file has ${dataRows.length} pupils; at most ${LIMITS.caseloadImportMaxRows} can be imported at once.`;
    return { pupils: [], errors: [{ row: 1, column: '', message }] };
  }
  const pupils: ImportedPupil[] = [];
  const seen = new Map<string, number>();
  for (const record of dataRows) {
    const rowNumber = record.line;
    const result = readRow(record.fields, rowNumber, columns, labels, asOf);
    errors.push(...result.errors);
    if (!result.pupil) continue;
    const earlier = seen.get(result.pupil.matchKey);
    if (earlier !== undefined) {
      errors.push({
        row: rowNumber,
        column: labels.name,
        message: `This is the same pupil as row ${earlier}; keep one of the two rows.`,
      });
      continue;
    }
    seen.set(result.pupil.matchKey, rowNumber);
    pupils.push(result.pupil);
  }
  return { pupils, errors };
}

function readRow(
  cells: string[],
  row: number,
  columns: Partial<Record<Field, number>>,
  labels: Record<Field, string>,
  asOf: string,
): { pupil: ImportedPupil | null; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (field: Field, message: string) => errors.push({ row, column: labels[field], message });
  const cell = (field: Field) => (columns[field] === undefined ? '' : (cells[columns[field]!] ?? '').trim());
  const date = (field: Field, required: boolean): string | null => {
    const raw = cell(field);
    if (!raw) {
      if (required) fail(field, `${labels[field]} is missing.`);
      return null;
    }
    const parsed = parseImportDate(raw);
    if (!parsed.ok) return (fail(field, parsed.message), null);
    if (parsed.date > asOf) return (fail(field, `${raw} is in the future.`), null);
    return parsed.date;
  };
  // A name: present, not too long, no invisible or control characters.
  const checkName = (field: Field, value: string, missing: string, what: string, max: number) => {
    if (!value) return fail(field, missing);
    if (value.length > max) return fail(field, `${what} is longer than ${max} characters.`);
    const unsafe = findUnsafeNameCharacter(value);
    if (unsafe) fail(field, `${what} ${unsafeNameMessage(unsafe)}.`);
  };
  const { givenName, familyName } = pupilNamePartsFrom(cell('name')); // "Surname, Forename" becomes "Forename Surname"
  const name = [givenName, familyName].filter(Boolean).join(' ');
  checkName('name', name, 'The pupil’s name is missing.', 'The name', LIMITS.nameMax);
  const dateOfBirth = date('dateOfBirth', true);
  const planIssuedDate = date('planIssuedDate', true);
  const lastReviewMeetingDate = date('lastReviewMeetingDate', false);
  const la = cell('la');
  checkName('la', la, 'The local authority is missing.', 'The local authority', LIMITS.laNameMax);
  const upn = cell('upn').toUpperCase() || null;
  if (upn && !/^[A-Z]\d{11}[0-9A-Z]$/.test(upn))
    fail('upn', `"${upn}" is not a UPN: a letter followed by 12 characters (11 digits and a digit or letter).`);
  const yearRaw = cell('yearGroupOverride');
  const year = yearRaw ? readYearGroup(yearRaw) : null;
  if (typeof year === 'string') fail('yearGroupOverride', year);
  const typeRaw = cell('transferType');
  const type = typeRaw ? readTransferType(typeRaw) : null;
  if (type && !(TRANSFER_TYPES as readonly string[]).includes(type)) fail('transferType', type);
  const transferDateRaw = cell('transferDate');
  const transferParsed = transferDateRaw ? parseImportDate(transferDateRaw) : null;
  if (transferParsed && !transferParsed.ok) fail('transferDate', transferParsed.message);
  if (typeRaw && !transferDateRaw) fail('transferDate', 'A transfer type needs a transfer date.');
  if (transferDateRaw && !typeRaw) fail('transferType', 'A transfer date needs a transfer type.');
  if (errors.length > 0 || !dateOfBirth || !planIssuedDate) return { pupil: null, errors };

  const transfer = type && transferParsed?.ok ? { type: type as TransferType, transferDate: transferParsed.date } : null;
  const yearGroupOverride = typeof year === 'number' ? year : null;
  // The engine's own checks catch impossible combinations (born after the plan was issued…).
  const check = safeComputeTimeline({ dateOfBirth, planIssuedDate, lastReviewMeetingDate, transfer, yearGroupOverride, asOf });
  if (!check.success) {
    for (const issue of check.error.issues) {
      const field = (issue.field.startsWith('transfer') ? 'transferDate' : issue.field) as Field;
      fail(field in labels ? field : 'planIssuedDate', issue.message);
    }
    return { pupil: null, errors };
  }
  const pupil = { name, dateOfBirth, upn, planIssuedDate, lastReviewMeetingDate, la, yearGroupOverride, transfer };
  const asWritten = cell('name').replace(/\s+/g, ' ').trim();
  const formerMatchKey = !upn && asWritten !== name ? pupilMatchKey({ ...pupil, name: asWritten }) : null;
  return { pupil: { row, matchKey: pupilMatchKey(pupil), formerMatchKey, ...pupil, givenName, familyName }, errors };
}

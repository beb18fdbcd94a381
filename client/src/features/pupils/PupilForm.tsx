import { useState, type FormEvent } from 'react';
import { PupilInputSchema, type PupilInput, type PupilView } from '@ehcp/shared';
import { TRANSFER_TYPE_LABELS, TRANSFER_TYPES, yearGroupLabel, type TransferType } from '@ehcp/shared/deadlines';
import { ApiError } from '../../api/index.ts';
import { ErrorSummary, type FormProblem } from '../../components/ErrorSummary.tsx';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';

/** What the form's boxes hold (text, as typed). */
interface Values {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  upn: string;
  la: string;
  planIssuedDate: string;
  lastReviewMeetingDate: string;
  yearGroupOverride: string;
  transferType: string;
  transferDate: string;
}

const EMPTY: Values = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  upn: '',
  la: '',
  planIssuedDate: '',
  lastReviewMeetingDate: '',
  yearGroupOverride: '',
  transferType: '',
  transferDate: '',
};

const valuesOf = (pupil: PupilView): Values => ({
  givenName: pupil.givenName,
  familyName: pupil.familyName,
  dateOfBirth: pupil.dateOfBirth,
  upn: pupil.upn ?? '',
  la: pupil.la ?? '',
  planIssuedDate: pupil.planIssuedDate,
  lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? '',
  yearGroupOverride: pupil.yearGroupOverride === null ? '' : String(pupil.yearGroupOverride),
  transferType: pupil.transfer?.type ?? '',
  transferDate: pupil.transfer?.transferDate ?? '',
});

const bodyOf = (v: Values) => ({
  givenName: v.givenName,
  familyName: v.familyName,
  dateOfBirth: v.dateOfBirth,
  upn: v.upn || null,
  la: v.la,
  planIssuedDate: v.planIssuedDate,
  lastReviewMeetingDate: v.lastReviewMeetingDate || null,
  yearGroupOverride: v.yearGroupOverride === '' ? null : Number(v.yearGroupOverride),
  transfer: v.transferType || v.transferDate ? { type: v.transferType as TransferType, transferDate: v.transferDate } : null,
});

const FIELDS: { key: keyof Values; label: string; type?: string; hint?: string; autoComplete?: string }[] = [
  { key: 'givenName', label: 'Given name', autoComplete: 'off' },
  { key: 'familyName', label: 'Family name', autoComplete: 'off' },
  { key: 'dateOfBirth', label: 'Date of birth', type: 'date' },
  { key: 'upn', label: 'UPN (optional)', hint: 'A letter followed by 12 characters, e.g. A123456789012.' },
  { key: 'la', label: 'Local authority' },
  { key: 'planIssuedDate', label: 'Plan first issued on', type: 'date' },
  { key: 'lastReviewMeetingDate', label: 'Last review meeting (optional)', type: 'date' },
];

/** The field a server or schema issue path belongs to. */
function fieldOf(path: string): keyof Values | null {
  if (path === 'transfer.type' || path === 'transfer') return 'transferType';
  if (path === 'transfer.transferDate') return 'transferDate';
  return path in EMPTY ? (path as keyof Values) : null;
}

/**
 * Add or edit a pupil's facts. Checked in the browser with the same schema as the server; every
 * problem is listed at the top (linking to its field) and next to its field, and focus moves to
 * the list.
 */
export function PupilForm({
  pupil,
  idPrefix,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  pupil: PupilView | null;
  idPrefix: string;
  submitLabel: string;
  onSubmit: (body: PupilInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<Values>(pupil ? valuesOf(pupil) : EMPTY);
  const [problems, setProblems] = useState<{ field: keyof Values | null; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);
  const summaryRef = useFocusOnChange<HTMLDivElement>(failures > 0 ? failures : null);
  const id = (key: keyof Values) => `${idPrefix}-${key}`;
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const fail = (list: { field: keyof Values | null; message: string }[]) => {
    setProblems(list);
    setFailures((n) => n + 1);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = PupilInputSchema.safeParse(bodyOf(values));
    if (!parsed.success)
      return fail(parsed.error.issues.map((issue) => ({ field: fieldOf(issue.path.join('.')), message: issue.message })));
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      setProblems([]);
      if (!pupil) setValues(EMPTY);
    } catch (caught) {
      if (!(caught instanceof ApiError)) return fail([{ field: null, message: 'Could not save. Please try again.' }]);
      const fromDetails = caught.details.map((d) => ({ field: fieldOf(d.path), message: d.message }));
      fail(fromDetails.length > 0 ? fromDetails : [{ field: null, message: caught.message }]);
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (key: keyof Values) => problems.find((p) => p.field === key)?.message;
  const summary: FormProblem[] = problems.map((p) => ({ fieldId: p.field ? id(p.field) : null, message: p.message }));
  const describedBy = (key: keyof Values, hint?: string) =>
    [hint ? `${id(key)}-hint` : null, errorOf(key) ? `${id(key)}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (key: keyof Values) =>
    errorOf(key) ? (
      <p id={`${id(key)}-error`} className="field-error">
        {errorOf(key)}
      </p>
    ) : null;

  return (
    <form className="pupil-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid={`${idPrefix}-form`}>
      <ErrorSummary problems={summary} summaryRef={summaryRef} testId={`${idPrefix}-problems`} />
      <div className="pupil-fields">
        {FIELDS.map(({ key, label, type, hint, autoComplete }) => (
          <div key={key}>
            <label htmlFor={id(key)}>{label}</label>
            {hint && (
              <p id={`${id(key)}-hint`} className="hint muted small">
                {hint}
              </p>
            )}
            <input
              id={id(key)}
              type={type ?? 'text'}
              value={values[key]}
              autoComplete={autoComplete}
              aria-invalid={errorOf(key) ? true : undefined}
              aria-describedby={describedBy(key, hint)}
              onChange={(e) => set(key, e.target.value)}
            />
            {fieldError(key)}
          </div>
        ))}
        <div>
          <label htmlFor={id('yearGroupOverride')}>Year group, if taught out of cohort</label>
          <select
            id={id('yearGroupOverride')}
            value={values.yearGroupOverride}
            aria-describedby={describedBy('yearGroupOverride')}
            onChange={(e) => set('yearGroupOverride', e.target.value)}
          >
            <option value="">By date of birth</option>
            {Array.from({ length: 16 }, (_, i) => i - 1).map((year) => (
              <option key={year} value={year}>
                {yearGroupLabel(year)}
              </option>
            ))}
          </select>
          {fieldError('yearGroupOverride')}
        </div>
        <div>
          <label htmlFor={id('transferType')}>Phase transfer ahead (optional)</label>
          <select
            id={id('transferType')}
            value={values.transferType}
            aria-invalid={errorOf('transferType') ? true : undefined}
            aria-describedby={describedBy('transferType')}
            onChange={(e) => set('transferType', e.target.value)}
          >
            <option value="">None</option>
            {TRANSFER_TYPES.map((type) => (
              <option key={type} value={type}>
                {TRANSFER_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
          {fieldError('transferType')}
        </div>
        {values.transferType && (
          <div>
            <label htmlFor={id('transferDate')}>Transfer date</label>
            <input
              id={id('transferDate')}
              type="date"
              value={values.transferDate}
              aria-invalid={errorOf('transferDate') ? true : undefined}
              aria-describedby={describedBy('transferDate')}
              onChange={(e) => set('transferDate', e.target.value)}
            />
            {fieldError('transferDate')}
          </div>
        )}
      </div>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import {
  ADDRESS_BOOK_ROLES,
  AddressBookEntryInputSchema,
  LANGUAGE_INFO,
  LANGUAGES,
  PARTICIPANT_ROLE_LABELS,
  type AddressBookEntryFields,
  type AddressBookEntryView,
} from '@ehcp/shared';
import { ApiError } from '../../api/index.ts';
import { ErrorSummary, type FormProblem } from '../../components/ErrorSummary.tsx';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';

/** What the form's boxes hold, as typed. */
interface Values {
  name: string;
  role: string;
  organisation: string;
  email: string;
  phone: string;
  language: string;
}
type Key = keyof Values;

const EMPTY: Values = { name: '', role: '', organisation: '', email: '', phone: '', language: 'en' };
const valuesOf = (entry: AddressBookEntryView): Values => ({
  name: entry.name,
  role: entry.role,
  organisation: entry.organisation ?? '',
  email: entry.email,
  phone: entry.phone ?? '',
  language: entry.language,
});

/**
 * Add or correct someone in the address book. Checked in the browser with the same schema as the
 * server; every problem is listed at the top (linking to its field) and next to its field, and
 * focus moves to the list. Only the roles the book holds are offered.
 */
export function AddressBookEntryForm({
  entry,
  idPrefix,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  entry: AddressBookEntryView | null;
  idPrefix: string;
  submitLabel: string;
  onSubmit: (body: AddressBookEntryFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<Values>(entry ? valuesOf(entry) : EMPTY);
  const [problems, setProblems] = useState<{ field: Key | null; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);
  const summaryRef = useFocusOnChange<HTMLDivElement>(failures > 0 ? failures : null);
  const id = (key: Key) => `${idPrefix}-${key}`;
  const set = (key: Key, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const fieldOf = (path: string): Key | null => (path in EMPTY ? (path as Key) : null);
  const fail = (list: { field: Key | null; message: string }[]) => {
    setProblems(list);
    setFailures((n) => n + 1);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AddressBookEntryInputSchema.safeParse(values);
    if (!parsed.success)
      return fail(parsed.error.issues.map((issue) => ({ field: fieldOf(String(issue.path[0])), message: issue.message })));
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      setProblems([]);
      if (!entry) setValues(EMPTY);
    } catch (caught) {
      if (!(caught instanceof ApiError)) return fail([{ field: null, message: 'Could not save. Please try again.' }]);
      const fromDetails = caught.details.map((d) => ({ field: fieldOf(d.path), message: d.message }));
      const conflictField = caught.code === 'address_book_entry_exists' ? 'email' : null;
      fail(fromDetails.length > 0 ? fromDetails : [{ field: conflictField, message: caught.message }]);
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (key: Key) => problems.find((p) => p.field === key)?.message;
  const summary: FormProblem[] = problems.map((p) => ({ fieldId: p.field ? id(p.field) : null, message: p.message }));
  const fieldProps = (key: Key) => ({
    id: id(key),
    'aria-invalid': errorOf(key) ? true : undefined,
    'aria-describedby': errorOf(key) ? `${id(key)}-error` : undefined,
  });
  const fieldError = (key: Key) =>
    errorOf(key) ? (
      <p id={`${id(key)}-error`} className="field-error">
        {errorOf(key)}
      </p>
    ) : null;

  const textField = (key: Key, label: string, type: string) => (
    <div>
      <label htmlFor={id(key)}>{label}</label>
      <input {...fieldProps(key)} type={type} autoComplete="off" value={values[key]} onChange={(e) => set(key, e.target.value)} />
      {fieldError(key)}
    </div>
  );

  return (
    <form className="entry-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid={`${idPrefix}-form`}>
      <ErrorSummary problems={summary} summaryRef={summaryRef} testId={`${idPrefix}-problems`} />
      <div className="pupil-fields">
        {textField('name', 'Name', 'text')}
        <div>
          <label htmlFor={id('role')}>Role</label>
          <select {...fieldProps('role')} value={values.role} onChange={(e) => set('role', e.target.value)}>
            <option value="">Choose…</option>
            {ADDRESS_BOOK_ROLES.map((role) => (
              <option key={role} value={role}>
                {PARTICIPANT_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          {fieldError('role')}
        </div>
        {textField('organisation', 'Organisation (optional)', 'text')}
        {textField('email', 'Email', 'email')}
        {textField('phone', 'Phone (optional)', 'tel')}
        <div>
          <label htmlFor={id('language')}>Language of their page</label>
          <select {...fieldProps('language')} value={values.language} onChange={(e) => set('language', e.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_INFO[language].english}
              </option>
            ))}
          </select>
          {fieldError('language')}
        </div>
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

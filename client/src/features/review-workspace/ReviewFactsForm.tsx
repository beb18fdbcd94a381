import { useState, type FormEvent } from 'react';
import { RECOMMENDATION_OPTIONS, reviewRoutes, type ReviewCycleFacts } from '@ehcp/shared';
import { ApiError, useApiMutation } from '../../api/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';

type DateFact = Exclude<keyof ReviewCycleFacts, 'meetingHeld' | 'decision'>;

// The meeting date is booked in the meeting panel; here only whether it was held.
const DATE_FIELDS: { key: DateFact; label: string }[] = [
  { key: 'papersCirculatedDate', label: 'Papers circulated on' },
  { key: 'reportSentDate', label: 'Report sent to the LA on' },
  { key: 'decisionNotifiedDate', label: 'LA decision received on' },
  { key: 'proposedAmendmentsSentDate', label: 'Proposed amendments sent on' },
  { key: 'finalPlanIssuedDate', label: 'Final amended plan issued on' },
];

/** The SENDCo records what happened in the cycle; the server checks the whole set and names each impossible fact. */
export function ReviewFactsForm({ reviewId, facts }: { reviewId: string; facts: ReviewCycleFacts }) {
  const record = useApiMutation(reviewRoutes.recordFacts, { invalidates: [reviewRoutes.cycle, reviewRoutes.detail] });
  const [values, setValues] = useState<ReviewCycleFacts>(facts);
  const [errors, setErrors] = useState<Partial<Record<keyof ReviewCycleFacts, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each save's answer ("Saved." or what is wrong) takes focus, so it is not lost on <body>.
  const [attempts, setAttempts] = useState(0);
  const messageRef = useFocusOnChange<HTMLParagraphElement>(attempts > 0 ? attempts : null);
  const set = <K extends keyof ReviewCycleFacts>(key: K, value: ReviewCycleFacts[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      // The meeting date is the meeting panel's: always send the one stored now, not the one this form opened with.
      const body = { ...values, meetingDate: facts.meetingDate };
      const { warnings } = await record.mutateAsync({ params: { reviewId }, body });
      setMessage(['Saved.', ...warnings].join(' '));
    } catch (caught) {
      if (!(caught instanceof ApiError)) return setMessage('Could not save.');
      setMessage(caught.message);
      const byField: Partial<Record<keyof ReviewCycleFacts, string>> = {};
      for (const detail of caught.details) {
        const key = detail.path as keyof ReviewCycleFacts;
        byField[key] = byField[key] ? `${byField[key]} ${detail.message}` : detail.message;
      }
      setErrors(byField);
    } finally {
      setBusy(false);
      setAttempts((n) => n + 1);
    }
  };

  const errorFor = (key: keyof ReviewCycleFacts) =>
    errors[key] ? (
      <p id={`fact-${key}-error`} className="field-error">
        {errors[key]}
      </p>
    ) : null;
  const describedBy = (key: keyof ReviewCycleFacts) => (errors[key] ? `fact-${key}-error` : undefined);

  return (
    <details className="facts-form">
      <summary>Record what happened</summary>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <label className="radio">
          <input type="checkbox" checked={values.meetingHeld} onChange={(e) => set('meetingHeld', e.target.checked)} />
          <span>The meeting has been held</span>
        </label>
        {errorFor('meetingHeld')}
        {errorFor('meetingDate')}
        {DATE_FIELDS.map(({ key, label }) => (
          <div key={key}>
            <label htmlFor={`fact-${key}`}>{label}</label>
            <input
              id={`fact-${key}`}
              type="date"
              value={values[key] ?? ''}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={describedBy(key)}
              onChange={(e) => set(key, e.target.value || null)}
            />
            {errorFor(key)}
            {key === 'decisionNotifiedDate' && (
              <>
                <label htmlFor="fact-decision">LA decision</label>
                <select
                  id="fact-decision"
                  value={values.decision ?? ''}
                  aria-describedby={describedBy('decision')}
                  onChange={(e) => set('decision', (e.target.value || null) as ReviewCycleFacts['decision'])}
                >
                  <option value="">Not yet</option>
                  {RECOMMENDATION_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {errorFor('decision')}
              </>
            )}
          </div>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <p
          aria-live="polite"
          className={Object.keys(errors).length > 0 ? 'error' : 'muted'}
          ref={messageRef}
          tabIndex={-1}
          data-testid="facts-message"
        >
          {message}
        </p>
      </form>
    </details>
  );
}

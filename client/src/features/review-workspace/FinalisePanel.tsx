import { useState, type FormEvent } from 'react';
import { FinaliseReviewRequestSchema, type Recommendation, type ReviewDetail } from '@ehcp/shared';
import { api, ApiError } from '../../api/index.ts';

const OPTIONS: { value: Recommendation; label: string; hint: string }[] = [
  { value: 'maintain', label: 'Maintain the plan', hint: 'Keep the plan as it is.' },
  { value: 'amend', label: 'Amend the plan', hint: 'Propose changes to the plan.' },
  { value: 'cease', label: 'Cease the plan', hint: 'The plan is no longer needed.' },
];

/** The SENDCo's recommendation and the finalise action, which locks the report for everyone. */
export function FinalisePanel({ review, onFinalised }: { review: ReviewDetail; onFinalised: (review: ReviewDetail) => void }) {
  const [recommendation, setRecommendation] = useState<Recommendation | ''>('');
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = FinaliseReviewRequestSchema.safeParse({ recommendation, reasons });
    if (!parsed.success) {
      setError('Choose a recommendation and give the reasons for it.');
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      onFinalised((await api.finalise(review.id, parsed.data)).review);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not finalise. Please try again.');
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={handleSubmit} aria-labelledby="finalise-title" noValidate>
      <h2 id="finalise-title">Finalise the review</h2>
      <fieldset>
        <legend>Recommendation to the local authority</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name="recommendation"
              value={option.value}
              checked={recommendation === option.value}
              onChange={() => setRecommendation(option.value)}
            />
            <span>
              {option.label}
              <span className="muted hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="reasons">Reasons</label>
      <textarea id="reasons" rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="muted">Finalising locks the report for everyone and stores the outcome.</p>
      <button type="submit" disabled={isBusy}>
        {isBusy ? 'Finalising…' : 'Finalise review'}
      </button>
    </form>
  );
}

import { useState } from 'react';
import { staffRoutes, type StaffCaseloadVisibility } from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';

const OPTIONS: { value: StaffCaseloadVisibility; label: string; hint: string }[] = [
  { value: 'all', label: 'Every review', hint: 'Teachers and teaching assistants see the whole caseload.' },
  {
    value: 'involved',
    label: 'Only reviews they are involved in',
    hint: 'Reviews they are invited to by their work email, or that you assign them to on the review page.',
  },
];

/** The school setting of which reviews teachers and TAs see. */
export function VisibilitySetting() {
  const { data } = useApiQuery(staffRoutes.settings, {});
  const save = useApiMutation(staffRoutes.updateSettings, { invalidates: [staffRoutes.settings] });
  const [choice, setChoice] = useState<StaffCaseloadVisibility | null>(null);
  const [message, setMessage] = useState<{ n: number; text: string } | null>(null);
  const messageRef = useFocusOnChange<HTMLParagraphElement>(message?.n ?? null);
  const current = choice ?? data?.settings.staffCaseloadVisibility ?? 'all';

  const handleSave = async () => {
    try {
      await save.mutateAsync({ body: { staffCaseloadVisibility: current } });
      setMessage((m) => ({ n: (m?.n ?? 0) + 1, text: 'Saved. Staff who have the app open see the change at once.' }));
    } catch (caught) {
      setMessage((m) => ({ n: (m?.n ?? 0) + 1, text: caught instanceof ApiError ? caught.message : 'Could not save.' }));
    }
  };

  return (
    <section className="panel" aria-labelledby="visibility-title">
      <h2 id="visibility-title">Which reviews teachers and teaching assistants see</h2>
      <fieldset>
        <legend className="visually-hidden">Which reviews teachers and teaching assistants see</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name="staff-visibility"
              value={option.value}
              checked={current === option.value}
              onChange={() => setChoice(option.value)}
            />
            <span>
              {option.label}
              <span className="hint muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => void handleSave()} disabled={!data || save.isPending}>
        Save setting
      </button>
      <p aria-live="polite" ref={messageRef} tabIndex={-1} className="muted" data-testid="visibility-message">
        {message?.text}
      </p>
    </section>
  );
}

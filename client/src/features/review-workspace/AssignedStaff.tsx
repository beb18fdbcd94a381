import { useState } from 'react';
import { staffRoutes } from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';

/**
 * The SENDCo chooses which teachers and TAs are assigned to this review: under involved-only
 * visibility they (and anyone invited by their work email) are the staff who see it.
 */
export function AssignedStaff({ reviewId }: { reviewId: string }) {
  const { data: staff } = useApiQuery(staffRoutes.list, {});
  const { data: assigned } = useApiQuery(staffRoutes.assigned, { params: { reviewId } });
  const save = useApiMutation(staffRoutes.assign, { invalidates: [staffRoutes.assigned] });
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [message, setMessage] = useState<{ n: number; text: string } | null>(null);
  const messageRef = useFocusOnChange<HTMLParagraphElement>(message?.n ?? null);
  const current = chosen ?? new Set(assigned?.staffIds ?? []);
  const others = (staff?.staff ?? []).filter((member) => member.role !== 'sendco');

  const toggle = (id: string) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const handleSave = async () => {
    try {
      await save.mutateAsync({ params: { reviewId }, body: { staffIds: [...current] } });
      setMessage((m) => ({ n: (m?.n ?? 0) + 1, text: 'Saved.' }));
    } catch (caught) {
      setMessage((m) => ({ n: (m?.n ?? 0) + 1, text: caught instanceof ApiError ? caught.message : 'Could not save.' }));
    }
  };

  return (
    <details className="panel assigned-staff">
      <summary>Staff assigned to this review</summary>
      <p className="muted small">When only involved staff see reviews (Staff page), these people see this one.</p>
      {others.length === 0 && <p className="muted">No teachers or teaching assistants have accounts yet.</p>}
      <fieldset>
        <legend className="visually-hidden">Who is assigned</legend>
        {others.map((member) => (
          <label key={member.id} className="radio">
            <input type="checkbox" checked={current.has(member.id)} onChange={() => toggle(member.id)} />
            <span>{member.name}</span>
          </label>
        ))}
      </fieldset>
      {others.length > 0 && (
        <button type="button" onClick={() => void handleSave()} disabled={save.isPending}>
          Save assigned staff
        </button>
      )}
      <p aria-live="polite" ref={messageRef} tabIndex={-1} className="muted">
        {message?.text}
      </p>
    </details>
  );
}

import { useState } from 'react';
import type { InvitationDefaults } from '@ehcp/shared';

/**
 * The "needed by" date of an invitation: the suggested date filled in when known (the SENDCo may
 * choose any date from today on), and offered again when the meeting moves the suggestion.
 */
export function useSuggestedDueDate(invitation: InvitationDefaults | null) {
  const suggested = invitation?.suggestedDueDate ?? '';
  const [dueDate, setDueDate] = useState(suggested);
  // When the meeting moves, so does the suggestion (adjusting state while rendering).
  const [offered, setOffered] = useState(suggested);
  if (offered !== suggested) {
    setOffered(suggested);
    setDueDate(suggested);
  }
  return [dueDate, setDueDate] as const;
}

/** The date box, with the plain-words notice when the statutory date has passed (decision 60: warned, never refused). */
export function DueDateField({
  id,
  label,
  value,
  onChange,
  invitation,
  noticeTestId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  invitation: InvitationDefaults | null;
  noticeTestId?: string;
}) {
  const notice = invitation?.lateNotice;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {notice && (
        <p className="warning" id={`${id}-late`} data-testid={noticeTestId}>
          {notice}
        </p>
      )}
      <input
        id={id}
        type="date"
        value={value}
        aria-describedby={notice ? `${id}-late` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

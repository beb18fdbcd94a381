import { useState, type FormEvent } from 'react';
import {
  AddParticipantRequestSchema,
  LANGUAGE_INFO,
  LANGUAGES,
  type Language,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  participantRoutes,
  type InvitationDefaults,
  type InvitedParticipant,
  type ParticipantRole,
} from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { DueDateField, useSuggestedDueDate } from './DueDateField.tsx';

/** Adds a participant; validates with the same schema as the server before sending. */
export function AddParticipantForm({
  reviewId,
  invitation,
  onAdded,
}: {
  reviewId: string;
  invitation: InvitationDefaults | null;
  onAdded: (invited: InvitedParticipant) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ParticipantRole>('parent_carer');
  const [language, setLanguage] = useState<Language>('en');
  const [dueDate, setDueDate] = useSuggestedDueDate(invitation);
  const [errors, setErrors] = useState<string[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  // A refused "Add" moves focus to the list of what is wrong (a new list each time).
  const [refusals, setRefusals] = useState(0);
  const errorsRef = useFocusOnChange<HTMLDivElement>(refusals > 0 ? refusals : null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AddParticipantRequestSchema.safeParse({ name, email, role, language, dueDate: dueDate || undefined });
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'form')}: ${issue.message}`));
      setRefusals((n) => n + 1);
      return;
    }
    setErrors([]);
    setIsBusy(true);
    try {
      onAdded(await callApi(participantRoutes.add, { params: { reviewId }, body: parsed.data }));
      setName('');
      setEmail('');
      setLanguage('en');
    } catch (caught) {
      const details = caught instanceof ApiError ? caught.details.map((d) => d.message) : [];
      setErrors(details.length > 0 ? details : [caught instanceof ApiError ? caught.message : 'Could not add them.']);
      setRefusals((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="add-participant" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <h3>Invite someone</h3>
      <label htmlFor="participant-name">Name</label>
      <input id="participant-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <label htmlFor="participant-email">Email</label>
      <input id="participant-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      <label htmlFor="participant-role">Role</label>
      <select id="participant-role" value={role} onChange={(e) => setRole(e.target.value as ParticipantRole)}>
        {PARTICIPANT_ROLES.map((value) => (
          <option key={value} value={value}>
            {PARTICIPANT_ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      <label htmlFor="participant-language">Language of their page</label>
      <select id="participant-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((value) => (
          <option key={value} value={value}>
            {LANGUAGE_INFO[value].english}
            {value === 'en' ? '' : ` (${LANGUAGE_INFO[value].native}, machine translation, not yet checked)`}
          </option>
        ))}
      </select>
      <DueDateField
        id="participant-due"
        label="Needed by"
        value={dueDate}
        onChange={setDueDate}
        invitation={invitation}
        noticeTestId="invitation-late-notice"
      />
      {errors.length > 0 && (
        // The alert role on a wrapper, not on the list: a list with another role loses its items' semantics.
        <div role="alert" className="error" ref={errorsRef} tabIndex={-1}>
          <ul>
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" disabled={isBusy}>
        Add and send invitation
      </button>
    </form>
  );
}

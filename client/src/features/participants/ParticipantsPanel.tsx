import { useState } from 'react';
import {
  addressBookRoutes,
  describeReminderSchedule,
  LANGUAGE_INFO,
  participantRoutes,
  type InvitedParticipant,
  type ParticipantSummary,
} from '@ehcp/shared';
import { ApiError, callApi, useApiQuery, useInvalidate } from '../../api/index.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { AddParticipantForm } from './AddParticipantForm.tsx';
import { AddressBookPicker } from './AddressBookPicker.tsx';
import { InvitePrevious } from './InvitePrevious.tsx';
import { describeLastReminder, nudgeNotice } from './reminder-text.ts';

const STATUS_LABELS: Record<ParticipantSummary['status'], string> = {
  invited: 'Invited',
  opened: 'Opened',
  drafting: 'Drafting',
  submitted: 'Submitted',
  overdue: 'Overdue',
  revoked: 'Link withdrawn',
  expired: 'Link expired',
};
const STATUS_BADGES: Record<ParticipantSummary['status'], string> = {
  invited: 'badge-soon',
  opened: 'badge-ok',
  drafting: 'badge-ok',
  submitted: 'badge-ok',
  overdue: 'badge-overdue',
  revoked: 'badge-overdue',
  expired: 'badge-overdue',
};
/** Who can still be reminded: not submitted, and their link still works. */
const NUDGEABLE: ReadonlySet<ParticipantSummary['status']> = new Set(['invited', 'opened', 'drafting', 'overdue']);

/** What happened to the latest invitation, in plain words. */
function InvitationResult({ invited }: { invited: InvitedParticipant }) {
  const mail =
    invited.mailStatus === 'sent'
      ? `Invitation emailed to ${invited.participant.email}.`
      : invited.mailStatus === 'failed'
        ? `The email to ${invited.participant.email} could not be sent; see the outbox.`
        : `No mail server is set up, so the invitation is waiting in the outbox for you to forward.`;
  // A new invitation's result takes focus (its link is new each time), so "Add" does not drop focus.
  const resultRef = useFocusOnChange<HTMLParagraphElement>(invited.link, true);
  return (
    <div className="created-link" role="status">
      <p
        className={invited.mailStatus === 'failed' ? 'error' : 'success'}
        ref={resultRef}
        tabIndex={-1}
        data-testid="invitation-result"
      >
        {mail}
      </p>
      {invited.lateness && <p className="warning">{invited.lateness}</p>}
      <label htmlFor="participant-link">Personal link for {invited.participant.name} (shown once)</label>
      <input
        id="participant-link"
        readOnly
        value={invited.link}
        data-testid="participant-link"
        onFocus={(e) => e.target.select()}
      />
      <CopyButton text={invited.link} label="Copy link" />
    </div>
  );
}

/** The SENDCo's tracker of people invited to contribute to this review: add, nudge, withdraw a link, resend. */
export function ParticipantsPanel({ reviewId }: { reviewId: string }) {
  const list = useApiQuery(participantRoutes.list, { params: { reviewId } });
  const participants = list.data?.participants ?? null;
  const invalidate = useInvalidate();
  // A new invitation also puts the person in the address book, and marks them invited in its picker.
  const reload = () => void invalidate(participantRoutes.list, addressBookRoutes.forReview);
  const [latest, setLatest] = useState<InvitedParticipant | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const loadError = list.error
    ? list.error instanceof ApiError
      ? list.error.message
      : 'Could not load the participants.'
    : null;
  const error = actionError ?? loadError;
  const [notice, setNotice] = useState<string | null>(null);
  const [nudging, setNudging] = useState<string | null>(null);
  const params = (participant: ParticipantSummary) => ({ params: { reviewId, participantId: participant.id } });

  const run = async (action: () => Promise<unknown>, fallback: string) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : fallback);
    }
  };
  const handleRevoke = (participant: ParticipantSummary) =>
    void run(() => callApi(participantRoutes.revoke, params(participant)), 'Could not withdraw the link.');
  const handleResend = (participant: ParticipantSummary) =>
    void run(async () => setLatest(await callApi(participantRoutes.resend, params(participant))), 'Could not resend.');

  const handleNudge = (participant: ParticipantSummary) => {
    setNudging(participant.id);
    void run(async () => {
      const { mailStatus } = await callApi(participantRoutes.nudge, params(participant));
      setNotice(nudgeNotice(participant.name, mailStatus));
    }, 'Could not send the reminder.').finally(() => setNudging(null));
  };

  return (
    <section className="panel participants" aria-labelledby="participants-title">
      <h2 id="participants-title">Participants</h2>
      <p className="muted">
        Each person gets a personal link to their own part of this review. No account is needed. Emails are kept in the{' '}
        <Link href="/outbox">outbox</Link>. Reminders go automatically {describeReminderSchedule()} to anyone who has not sent
        theirs; <strong>Nudge</strong> sends one now.
      </p>
      {participants === null ? (
        !error && <p aria-live="polite">Loading…</p>
      ) : participants.length === 0 ? (
        <p className="muted">Nobody has been invited yet.</p>
      ) : (
        <ul className="participant-list" data-testid="participant-list">
          {participants.map((participant) => (
            <li key={participant.id} data-testid="participant">
              <div className="participant-head">
                <strong>{participant.name}</strong>
                <span className={`badge ${STATUS_BADGES[participant.status]}`} data-testid="participant-status">
                  {STATUS_LABELS[participant.status]}
                </span>
              </div>
              <div className="muted">
                {participant.roleLabel} · due {formatDate(participant.dueDate)}
                {participant.lateness && (
                  <span className="badge badge-soon" title={participant.lateness} data-testid="participant-late">
                    {' '}
                    after the statutory date
                  </span>
                )}
              </div>
              <div className="muted small">{participant.email}</div>
              <div className="muted small" data-testid="participant-language">
                {participant.contributionLanguage
                  ? `Written in ${LANGUAGE_INFO[participant.contributionLanguage].english}`
                  : `Page in ${LANGUAGE_INFO[participant.language].english}`}
                {participant.contributionLanguage && participant.contributionLanguage !== 'en' && ' (ask for a translation)'}
              </div>
              {participant.callRequest && (
                <p className="call-requested" data-testid="participant-call-request">
                  <strong>Asked to be phoned</strong> on <span dir="ltr">{participant.callRequest.phone}</span>
                  {participant.callRequest.bestTime && ` (${participant.callRequest.bestTime})`} ·{' '}
                  {formatDateTime(participant.callRequest.at)}
                </p>
              )}
              {(participant.lastReminder || NUDGEABLE.has(participant.status)) && (
                <div className="muted small" data-testid="participant-last-reminder">
                  {describeLastReminder(participant.lastReminder)}
                </div>
              )}
              <div className="participant-actions">
                {NUDGEABLE.has(participant.status) && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={nudging === participant.id}
                    onClick={() => handleNudge(participant)}
                  >
                    Nudge<span className="visually-hidden"> {participant.name}</span>
                  </button>
                )}
                <button type="button" className="secondary" onClick={() => handleResend(participant)}>
                  {participant.status === 'revoked' ? 'Send a new link' : 'Resend'}
                  <span className="visually-hidden"> to {participant.name}</span>
                </button>
                {participant.status !== 'revoked' && (
                  <button type="button" className="secondary" onClick={() => handleRevoke(participant)}>
                    Withdraw link<span className="visually-hidden"> of {participant.name}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div role="status" data-testid="nudge-status">
        {notice && <p className="success">{notice}</p>}
      </div>
      {latest && <InvitationResult invited={latest} />}
      <InvitePrevious reviewId={reviewId} />
      <AddParticipantForm
        key={list.data?.invitation.suggestedDueDate ?? 'none'}
        reviewId={reviewId}
        invitation={list.data?.invitation ?? null}
        onAdded={(invited) => {
          setLatest(invited);
          reload();
        }}
      />
      {/* After the one-person form, so the form stays a few Tab presses from the top of the page. */}
      <AddressBookPicker reviewId={reviewId} invitation={list.data?.invitation ?? null} />
    </section>
  );
}

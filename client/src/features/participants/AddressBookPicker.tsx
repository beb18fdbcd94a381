import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { addressBookRoutes, participantRoutes, type AddressBookChoice, type InvitationDefaults } from '@ehcp/shared';
import { useApiQuery, useInvalidate } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { AddressBookSearch, useSearchText } from '../address-book/AddressBookSearch.tsx';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { Link } from '../../routes/router.tsx';
import { DueDateField, useSuggestedDueDate } from './DueDateField.tsx';
import { inviteEach, inviteThroughApi, type InviteResult } from './invite-each.ts';

/** One person's result, in words. */
function describeResult(result: InviteResult): string {
  if (!result.ok) return `${result.person.name}: not invited. ${result.reason}`;
  const mail =
    result.invited.mailStatus === 'sent'
      ? 'invitation emailed'
      : result.invited.mailStatus === 'failed'
        ? 'the email could not be sent; see the outbox'
        : 'invitation waiting in the outbox';
  return `${result.person.name}: invited, ${mail}.`;
}

/** The details of an entry under its name: role, organisation, email. */
const detailsOf = (entry: AddressBookChoice) =>
  [entry.roleLabel, entry.organisation, entry.email].filter((part): part is string => Boolean(part)).join(' · ');

/**
 * "Invite from address book": search the school's address book, tick several people, choose one
 * "needed by" date, and invite them all. Each is invited through the ordinary one-person
 * invitation, in turn, and the result is listed per person (decision 72). People already invited
 * to this review are shown as such and cannot be ticked.
 */
export function AddressBookPicker({ reviewId, invitation }: { reviewId: string; invitation: InvitationDefaults | null }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="address-book-picker">
      <button
        type="button"
        className="secondary"
        aria-expanded={isOpen}
        aria-controls="address-book-picker"
        onClick={() => setIsOpen((open) => !open)}
      >
        Invite from address book
      </button>
      {isOpen && <PickerBody reviewId={reviewId} invitation={invitation} />}
    </div>
  );
}

function PickerBody({ reviewId, invitation }: { reviewId: string; invitation: InvitationDefaults | null }) {
  const { text, setText, q } = useSearchText();
  const { data, error } = useApiQuery(
    addressBookRoutes.forReview,
    { params: { reviewId }, query: { q } },
    { placeholderData: keepPreviousData },
  );
  const invalidate = useInvalidate();
  // Ticked people by id, kept while the search changes what is shown.
  const [ticked, setTicked] = useState<ReadonlyMap<string, AddressBookChoice>>(new Map());
  const [dueDate, setDueDate] = useSuggestedDueDate(invitation);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<{ n: number; text: string } | null>(null);
  const [outcome, setOutcome] = useState<{ n: number; results: InviteResult[] } | null>(null);
  const problemRef = useFocusOnChange<HTMLParagraphElement>(problem?.n ?? null);
  const outcomeRef = useFocusOnChange<HTMLDivElement>(outcome?.n ?? null);
  // Opening the picker puts the cursor in its search (decision 47: focus follows the action).
  const searchRef = useFocusOnChange<HTMLInputElement>(true, true);
  const fail = (text: string) => setProblem((p) => ({ n: (p?.n ?? 0) + 1, text }));

  const toggle = (entry: AddressBookChoice) =>
    setTicked((current) => {
      const next = new Map(current);
      if (next.has(entry.id)) next.delete(entry.id);
      else next.set(entry.id, entry);
      return next;
    });

  const inviteTicked = async () => {
    const people = [...ticked.values()];
    if (people.length === 0) return fail('Tick at least one person to invite.');
    if (!dueDate && !invitation?.meetingDate) return fail('Choose the date their contributions are needed by.');
    setProblem(null);
    setIsBusy(true);
    const results = await inviteEach(people, dueDate || undefined, inviteThroughApi(reviewId));
    setIsBusy(false);
    setTicked(new Map());
    setOutcome((o) => ({ n: (o?.n ?? 0) + 1, results }));
    await invalidate(
      participantRoutes.list,
      participantRoutes.previous,
      participantRoutes.outbox,
      addressBookRoutes.forReview,
      addressBookRoutes.list,
    );
  };

  const entries = data?.entries ?? [];
  const lateness = outcome?.results.find((result) => result.ok && result.invited.lateness);
  return (
    <section id="address-book-picker" className="address-book-choices" aria-labelledby="address-book-picker-title">
      <h3 id="address-book-picker-title">Invite from the address book</h3>
      <p className="muted small">
        The professionals and staff the school has worked with. Parents, carers and the young person are invited on each child’s
        review. <Link href="/address-book">Manage the address book</Link>
      </p>
      <AddressBookSearch id="address-book-search" text={text} onChange={setText} inputRef={searchRef} />
      {error && <ErrorMessage error={error} />}
      <fieldset>
        <legend>Who to invite{ticked.size > 0 ? ` (${ticked.size} ticked)` : ''}</legend>
        {!data && !error && <p aria-live="polite">Loading the address book…</p>}
        {data && entries.length === 0 && (
          <p className="muted">{q ? `Nobody in the address book matches “${q}”.` : 'The address book is empty.'}</p>
        )}
        <ul className="choice-list" data-testid="address-book-choices">
          {entries.map((entry) => (
            <li key={entry.id} data-testid="address-book-choice">
              <label className="radio">
                <input
                  type="checkbox"
                  checked={ticked.has(entry.id)}
                  disabled={entry.alreadyInvited}
                  onChange={() => toggle(entry)}
                />
                <span>
                  {entry.name}
                  <span className="hint muted">{detailsOf(entry)}</span>
                  {entry.alreadyInvited && <span className="badge badge-ok">Already invited to this review</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {data && data.total > entries.length && (
          <p className="muted small">
            Showing the first {entries.length} of {data.total}. Search to find others.
          </p>
        )}
      </fieldset>
      <DueDateField
        id="address-book-due"
        label="Contributions needed by (for everyone ticked)"
        value={dueDate}
        onChange={setDueDate}
        invitation={invitation}
      />
      <p role="alert" className="error" ref={problemRef} tabIndex={-1} hidden={!problem}>
        {problem?.text}
      </p>
      <button type="button" onClick={() => void inviteTicked()} disabled={isBusy}>
        {isBusy
          ? 'Inviting…'
          : ticked.size === 0
            ? 'Invite ticked people'
            : ticked.size === 1
              ? 'Invite 1 person'
              : `Invite ${ticked.size} people`}
      </button>
      <div role="status" ref={outcomeRef} tabIndex={-1} data-testid="address-book-results" hidden={!outcome}>
        {outcome && (
          <ul className="invite-results">
            {outcome.results.map((result) => (
              <li key={result.person.email} className={result.ok ? 'success' : 'error'}>
                {describeResult(result)}
              </li>
            ))}
          </ul>
        )}
        {lateness?.ok && <p className="warning">{lateness.invited.lateness}</p>}
      </div>
    </section>
  );
}

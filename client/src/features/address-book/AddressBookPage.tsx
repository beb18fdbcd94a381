import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import {
  addressBookRoutes,
  LANGUAGE_INFO,
  todayInEngland,
  type AddressBookEntryFields,
  type AddressBookEntryView,
} from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useResultMessage } from '../../hooks/useResultMessage.ts';
import { formatDate } from '../../lib/dates.ts';
import { AddressBookEntryForm } from './AddressBookEntryForm.tsx';
import { AddressBookSearch, useSearchText } from './AddressBookSearch.tsx';

/** Where an entry came from, and when its person was last invited. */
function provenanceOf(entry: AddressBookEntryView): string {
  const origin = entry.source === 'added' ? 'Added by the SENDCo' : 'Added when first invited to a review';
  return entry.lastInvitedAt ? `${origin} · last invited ${formatDate(todayInEngland(new Date(entry.lastInvitedAt)))}` : origin;
}

/**
 * The SENDCo's address book: the professionals and staff the school works with, to invite to any
 * review. Everyone invited to a review (but a parent, carer or young person) is added here on
 * their first invitation; the SENDCo adds, corrects and removes people, and searches. The answer
 * of each action takes focus.
 */
export function AddressBookPage() {
  usePageTitle('Address book');
  const { text, setText, q } = useSearchText();
  const { data, error } = useApiQuery(addressBookRoutes.list, { query: { q } }, { placeholderData: keepPreviousData });
  const invalidates = [addressBookRoutes.list, addressBookRoutes.forReview];
  const create = useApiMutation(addressBookRoutes.create, { invalidates });
  const update = useApiMutation(addressBookRoutes.update, { invalidates });
  const remove = useApiMutation(addressBookRoutes.remove, { invalidates });
  const [isAdding, setIsAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<AddressBookEntryView | null>(null);
  const { result, ref: resultRef, say } = useResultMessage();

  const handleCreate = async (body: AddressBookEntryFields) => {
    const { entry } = await create.mutateAsync({ body });
    setIsAdding(false);
    say(`${entry.name} was added to the address book.`);
  };
  const handleUpdate = async (entryId: string, body: AddressBookEntryFields) => {
    const { entry } = await update.mutateAsync({ params: { entryId }, body });
    setEditing(null);
    say(`${entry.name}’s details were saved.`);
  };
  const handleRemove = async (entry: AddressBookEntryView) => {
    setConfirming(null);
    try {
      await remove.mutateAsync({ params: { entryId: entry.id } });
      say(`${entry.name} was removed from the address book.`);
    } catch (caught) {
      say(caught instanceof ApiError ? caught.message : 'Could not remove them.', true);
    }
  };

  return (
    <div className="address-book-page">
      <h1>Address book</h1>
      <p className="lede">
        The professionals and staff your school works with, to invite to any review in a few clicks. Everyone you invite to a
        review is added here the first time. Parents, carers and young people are not: they are invited on each child’s review.
      </p>
      <p
        aria-live="polite"
        ref={resultRef}
        tabIndex={-1}
        className={result?.isError ? 'error' : 'success'}
        hidden={!result}
        data-testid="address-book-result"
      >
        {result?.text}
      </p>
      {isAdding ? (
        <section className="panel" aria-labelledby="add-entry-title">
          <h2 id="add-entry-title">Add someone</h2>
          <AddressBookEntryForm
            entry={null}
            idPrefix="new-entry"
            submitLabel="Add to address book"
            onSubmit={handleCreate}
            onCancel={() => setIsAdding(false)}
          />
        </section>
      ) : (
        <button type="button" onClick={() => setIsAdding(true)}>
          Add someone
        </button>
      )}
      <AddressBookSearch id="address-book-page-search" text={text} onChange={setText} />
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p aria-live="polite">Loading the address book…</p>}
      {data && (
        <p className="muted" aria-live="polite" data-testid="address-book-count">
          {data.total === 0
            ? q
              ? `Nobody matches “${q}”.`
              : 'Nobody yet. Add someone, or invite them to a review.'
            : data.total > data.entries.length
              ? `Showing the first ${data.entries.length} of ${data.total}. Search to find others.`
              : `${data.total} ${data.total === 1 ? 'person' : 'people'}${q ? ` matching “${q}”` : ''}.`}
        </p>
      )}
      <ul className="entry-list" data-testid="address-book-list">
        {data?.entries.map((entry) => (
          <li key={entry.id} className="panel" data-testid="address-book-entry">
            <h2 className="pupil-name">{entry.name}</h2>
            <p className="muted small">
              {[entry.roleLabel, entry.organisation ?? 'Organisation not recorded', entry.email, entry.phone]
                .filter(Boolean)
                .join(' · ')}
              {entry.language !== 'en' && ` · Page in ${LANGUAGE_INFO[entry.language].english}`}
            </p>
            <p className="muted small">{provenanceOf(entry)}</p>
            {editing === entry.id ? (
              <AddressBookEntryForm
                entry={entry}
                idPrefix={`edit-${entry.id}`}
                submitLabel="Save changes"
                onSubmit={(body) => handleUpdate(entry.id, body)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="button-row">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing(entry.id)}
                  aria-label={`Edit ${entry.name}`}
                >
                  Edit
                </button>
                <button type="button" className="danger" onClick={() => setConfirming(entry)} aria-label={`Remove ${entry.name}`}>
                  Remove
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        subject={confirming}
        title={`Remove ${confirming?.name ?? ''} from the address book?`}
        confirmLabel="Remove"
        onConfirm={(entry) => void handleRemove(entry)}
        onClose={() => setConfirming(null)}
      >
        <p>They stay invited to any review they are invited to. They are added again if you invite them to another review.</p>
      </ConfirmDialog>
    </div>
  );
}

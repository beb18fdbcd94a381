import { useState } from 'react';
import { caseloadRoutes, longDate, pupilRoutes, type PupilInput, type PupilView } from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useResultMessage } from '../../hooks/useResultMessage.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Link } from '../../routes/router.tsx';
import { PupilForm } from './PupilForm.tsx';

type Show = 'active' | 'archived' | 'all';
const SHOW_LABELS: Record<Show, string> = { active: 'On the caseload', archived: 'Archived', all: 'All' };

/**
 * The SENDCo's pupils: add one, correct their facts, archive or bring back, and delete a wrong
 * import row (only while nobody is invited and nothing is recorded). The answer of each action
 * takes focus.
 */
export function PupilsPage() {
  usePageTitle('Pupils');
  const [show, setShow] = useState<Show>('active');
  const { data, error } = useApiQuery(pupilRoutes.list, { query: { show } });
  const invalidates = [pupilRoutes.list, caseloadRoutes.list, caseloadRoutes.thisWeek];
  const create = useApiMutation(pupilRoutes.create, { invalidates });
  const update = useApiMutation(pupilRoutes.update, { invalidates });
  const archive = useApiMutation(pupilRoutes.archive, { invalidates });
  const remove = useApiMutation(pupilRoutes.remove, { invalidates });
  const [editing, setEditing] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const { result, ref: resultRef, say } = useResultMessage();
  const [confirming, setConfirming] = useState<PupilView | null>(null);

  const handleCreate = async (body: PupilInput) => {
    const { pupil } = await create.mutateAsync({ body });
    setIsAdding(false);
    say(`${pupil.name} was added, with a review on the caseload.`);
  };
  const handleUpdate = async (pupilId: string, body: PupilInput) => {
    const { pupil } = await update.mutateAsync({ params: { pupilId }, body });
    setEditing(null);
    say(`${pupil.name}’s details were saved.`);
  };
  const handleArchive = async (pupil: PupilView, archived: boolean) => {
    try {
      await archive.mutateAsync({ params: { pupilId: pupil.id }, body: { archived } });
      say(archived ? `${pupil.name} was archived: off the caseload, records kept.` : `${pupil.name} is back on the caseload.`);
    } catch (caught) {
      say(caught instanceof ApiError ? caught.message : 'Could not change the pupil.', true);
    }
  };
  const handleDelete = async (pupil: PupilView) => {
    setConfirming(null);
    try {
      await remove.mutateAsync({ params: { pupilId: pupil.id }, body: { confirm: true } });
      say(`${pupil.name} was deleted.`);
    } catch (caught) {
      say(caught instanceof ApiError ? caught.message : 'Could not delete the pupil.', true);
    }
  };

  return (
    <div className="pupils-page">
      <h1>Pupils</h1>
      <p className="lede">
        Everyone with a plan at your school. Adding a pupil opens their review on the caseload. Archive a pupil who has left:
        their reviews and records are kept.
      </p>
      <p aria-live="polite" ref={resultRef} tabIndex={-1} className={result?.isError ? 'error' : 'success'} hidden={!result}>
        {result?.text}
      </p>
      {isAdding ? (
        <section className="panel" aria-labelledby="add-pupil-title">
          <h2 id="add-pupil-title">Add a pupil</h2>
          <PupilForm
            pupil={null}
            idPrefix="new-pupil"
            submitLabel="Add pupil"
            onSubmit={handleCreate}
            onCancel={() => setIsAdding(false)}
          />
        </section>
      ) : (
        <button type="button" onClick={() => setIsAdding(true)}>
          Add a pupil
        </button>
      )}
      <div className="filters" role="group" aria-label="Show pupils">
        {(Object.keys(SHOW_LABELS) as Show[]).map((option) => (
          <button key={option} type="button" className="filter" aria-pressed={show === option} onClick={() => setShow(option)}>
            {SHOW_LABELS[option]}
          </button>
        ))}
      </div>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p aria-live="polite">Loading pupils…</p>}
      {data && data.pupils.length === 0 && <p className="muted">No pupils here.</p>}
      <ul className="pupil-list" data-testid="pupil-list">
        {data?.pupils.map((pupil) => (
          <li key={pupil.id} className="panel" data-testid="pupil">
            <div className="pupil-head">
              <h2 className="pupil-name">
                {pupil.familyName ? `${pupil.familyName}, ${pupil.givenName}` : pupil.givenName}
                {pupil.archivedAt && <span className="badge badge-soon"> Archived</span>}
              </h2>
              <p className="muted small">
                Born {longDate(pupil.dateOfBirth)} · {pupil.la ?? 'No LA'}
                {pupil.upn ? ` · UPN ${pupil.upn}` : ''} · plan issued {longDate(pupil.planIssuedDate)}
              </p>
            </div>
            {editing === pupil.id ? (
              <PupilForm
                pupil={pupil}
                idPrefix={`edit-${pupil.id}`}
                submitLabel="Save changes"
                onSubmit={(body) => handleUpdate(pupil.id, body)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="button-row">
                {pupil.currentReviewId && <Link href={`/reviews/${pupil.currentReviewId}`}>Open review</Link>}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing(pupil.id)}
                  aria-label={`Edit ${pupil.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void handleArchive(pupil, !pupil.archivedAt)}
                  aria-label={`${pupil.archivedAt ? 'Bring back' : 'Archive'} ${pupil.name}`}
                >
                  {pupil.archivedAt ? 'Bring back' : 'Archive'}
                </button>
                {pupil.canDelete && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setConfirming(pupil)}
                    aria-label={`Delete ${pupil.name}`}
                  >
                    Delete
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        subject={confirming}
        title={`Delete ${confirming?.name ?? ''}?`}
        confirmLabel="Delete for good"
        onConfirm={(pupil) => void handleDelete(pupil)}
        onClose={() => setConfirming(null)}
      >
        <p>
          This removes the pupil and their empty review for good. Use it only for a row imported by mistake; archive a pupil who
          has left.
        </p>
      </ConfirmDialog>
    </div>
  );
}

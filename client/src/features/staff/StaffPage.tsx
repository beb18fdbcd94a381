import { useState, type FormEvent } from 'react';
import {
  InviteStaffRequestSchema,
  participantRoutes,
  STAFF_POSITION_LABELS,
  STAFF_POSITIONS,
  staffRoutes,
  type StaffMemberView,
  type StaffPosition,
} from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary, type FormProblem } from '../../components/ErrorSummary.tsx';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useResultMessage } from '../../hooks/useResultMessage.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { VisibilitySetting } from './VisibilitySetting.tsx';

const FIELD_IDS = { name: 'invite-name', email: 'invite-email', position: 'invite-position' } as const;

/** The SENDCo's staff accounts: invite (a set-password email), remove, and who sees which reviews. */
export function StaffPage() {
  usePageTitle('Staff');
  const { data, error } = useApiQuery(staffRoutes.list, {});
  const invite = useApiMutation(staffRoutes.invite, { invalidates: [staffRoutes.list, participantRoutes.outbox] });
  const remove = useApiMutation(staffRoutes.remove, { invalidates: [staffRoutes.list] });
  const [form, setForm] = useState({ name: '', email: '', position: '' });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [failures, setFailures] = useState(0);
  const summaryRef = useFocusOnChange<HTMLDivElement>(failures > 0 ? failures : null);
  const { result, ref: resultRef, say } = useResultMessage();
  const [confirming, setConfirming] = useState<StaffMemberView | null>(null);
  const fail = (list: FormProblem[]) => {
    setProblems(list);
    setFailures((n) => n + 1);
  };
  const fieldIdOf = (path: string) => FIELD_IDS[path as keyof typeof FIELD_IDS] ?? null;

  const handleInvite = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = InviteStaffRequestSchema.safeParse(form);
    if (!parsed.success)
      return fail(parsed.error.issues.map((i) => ({ fieldId: fieldIdOf(String(i.path[0])), message: i.message })));
    try {
      const { member } = await invite.mutateAsync({ body: parsed.data });
      setProblems([]);
      setForm({ name: '', email: '', position: '' });
      say(`${member.name} was invited: an email with a link to choose a password is in the outbox.`);
    } catch (caught) {
      if (!(caught instanceof ApiError)) return fail([{ fieldId: null, message: 'Could not invite. Please try again.' }]);
      const details = caught.details.map((d) => ({ fieldId: fieldIdOf(d.path), message: d.message }));
      fail(details.length > 0 ? details : [{ fieldId: caught.status === 409 ? FIELD_IDS.email : null, message: caught.message }]);
    }
  };

  const handleRemove = async (member: StaffMemberView) => {
    setConfirming(null);
    try {
      await remove.mutateAsync({ params: { userId: member.id } });
      say(`${member.name}’s account was removed: they are signed out and cannot sign in.`);
    } catch (caught) {
      say(caught instanceof ApiError ? caught.message : 'Could not remove the account.', true);
    }
  };
  const errorOf = (id: string) => problems.find((p) => p.fieldId === id)?.message;
  const fieldProps = (id: string) => ({
    id,
    'aria-invalid': errorOf(id) ? true : undefined,
    'aria-describedby': errorOf(id) ? `${id}-error` : undefined,
  });
  const fieldError = (id: string) =>
    errorOf(id) ? (
      <p id={`${id}-error`} className="field-error">
        {errorOf(id)}
      </p>
    ) : null;

  return (
    <div className="staff-page">
      <h1>Staff</h1>
      <p className="lede">Who has an account at your school. Invited people choose their own password from an email.</p>
      <p aria-live="polite" ref={resultRef} tabIndex={-1} className={result?.isError ? 'error' : 'success'} hidden={!result}>
        {result?.text}
      </p>
      <section className="panel" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite a member of staff</h2>
        <form onSubmit={(event) => void handleInvite(event)} noValidate data-testid="invite-form">
          <ErrorSummary problems={problems} summaryRef={summaryRef} testId="invite-problems" />
          <label htmlFor={FIELD_IDS.name}>Name</label>
          <input {...fieldProps(FIELD_IDS.name)} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          {fieldError(FIELD_IDS.name)}
          <label htmlFor={FIELD_IDS.email}>Work email address</label>
          <input
            {...fieldProps(FIELD_IDS.email)}
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
          {fieldError(FIELD_IDS.email)}
          <label htmlFor={FIELD_IDS.position}>What they do</label>
          <select
            {...fieldProps(FIELD_IDS.position)}
            value={form.position}
            onChange={(e) => setForm({ ...form, position: e.target.value as StaffPosition })}
          >
            <option value="">Choose…</option>
            {STAFF_POSITIONS.map((position) => (
              <option key={position} value={position}>
                {STAFF_POSITION_LABELS[position]}
              </option>
            ))}
          </select>
          {fieldError(FIELD_IDS.position)}
          <button type="submit" disabled={invite.isPending}>
            {invite.isPending ? 'Inviting…' : 'Send invitation'}
          </button>
        </form>
      </section>
      <VisibilitySetting />
      <h2>Accounts</h2>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p aria-live="polite">Loading staff…</p>}
      <ul className="staff-list" data-testid="staff-list">
        {data?.staff.map((member) => (
          <li key={member.id} className="panel" data-testid="staff-member">
            <div>
              <strong>{member.name}</strong> {member.isYou && <span className="muted">(you)</span>}
              <p className="muted small">
                {member.position ? STAFF_POSITION_LABELS[member.position] : member.role === 'sendco' ? 'SENDCo' : 'Staff'} ·{' '}
                {member.email} ·{' '}
                <span className={`badge ${member.status === 'active' ? 'badge-ok' : 'badge-soon'}`}>
                  {member.status === 'active' ? 'Active' : 'Invited, no password yet'}
                </span>
              </p>
            </div>
            {!member.isYou && (
              <button type="button" className="danger" aria-label={`Remove ${member.name}`} onClick={() => setConfirming(member)}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        subject={confirming}
        title={`Remove ${confirming?.name ?? ''}?`}
        confirmLabel="Remove account"
        onConfirm={(member) => void handleRemove(member)}
        onClose={() => setConfirming(null)}
      >
        <p>They are signed out at once, everywhere, and can no longer sign in. What they wrote stays in the records.</p>
      </ConfirmDialog>
    </div>
  );
}

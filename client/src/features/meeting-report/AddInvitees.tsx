import { useReportRows, type CollabDoc } from '../../editor/index.ts';

/** Someone invited to the review, as the attendees list names them. */
export interface Invitee {
  name: string;
  role: string;
}

/**
 * "Add everyone invited": adds the people invited to the review who are not listed yet (by
 * name); whether each attended is still chosen in the meeting.
 */
export function AddInvitees({ collab, invitees }: { collab: CollabDoc; invitees: Invitee[] }) {
  const { add, valuesOf } = useReportRows(collab, 'attendees');
  if (invitees.length === 0) return null;
  const addMissing = () => {
    const listed = new Set(valuesOf('name').map((name) => name.trim().toLowerCase()));
    const missing = invitees.filter((invitee) => !listed.has(invitee.name.trim().toLowerCase()));
    if (missing.length > 0) add(missing.map(({ name, role }) => ({ name, role })));
  };
  return (
    <button type="button" className="secondary" onClick={addMissing}>
      Add everyone invited
    </button>
  );
}

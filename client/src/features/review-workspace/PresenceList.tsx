import type { PresentPerson } from '@ehcp/shared';

/** Who is in the review room now. */
export function PresenceList({ people }: { people: PresentPerson[] }) {
  return (
    <section aria-labelledby="presence-title" className="presence">
      <h2 id="presence-title">In this review now</h2>
      <ul data-testid="presence-list">
        {people.map((person) => (
          <li key={person.userId}>
            {person.name} <span className="muted">({person.role === 'sendco' ? 'SENDCo' : 'school staff'})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

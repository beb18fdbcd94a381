import { useId, type ReactNode } from 'react';

/** One titled part of the meeting report, live or finalised; `id` names it for tests and links. */
export function ReportPart({ id, title, hint, children }: { id?: string; title: string; hint?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="report-part" aria-labelledby={headingId} data-testid={id ? `part-${id}` : undefined}>
      <h3 id={headingId}>{title}</h3>
      {hint && <p className="muted hint">{hint}</p>}
      {children}
    </section>
  );
}

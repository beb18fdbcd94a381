import { createContext, useContext, useId, type ReactNode } from 'react';

/**
 * The parts of the report to show open; every other part is folded under its heading (still
 * there to read, one tap away). Null: everything open (the SENDCo's and the finalised view).
 */
export const OpenPartsContext = createContext<readonly string[] | null>(null);

/** One titled part of the meeting report, live or finalised; `id` names it for tests and links. */
export function ReportPart({ id, title, hint, children }: { id?: string; title: string; hint?: string; children: ReactNode }) {
  const headingId = useId();
  const openParts = useContext(OpenPartsContext);
  const body = (
    <>
      {hint && <p className="muted hint">{hint}</p>}
      {children}
    </>
  );
  if (openParts && id && !openParts.includes(id))
    return (
      <details className="report-part folded" data-testid={`part-${id}`}>
        <summary>
          <h3 id={headingId}>{title}</h3>
        </summary>
        {body}
      </details>
    );
  return (
    <section className="report-part" aria-labelledby={headingId} data-testid={id ? `part-${id}` : undefined}>
      <h3 id={headingId}>{title}</h3>
      {body}
    </section>
  );
}

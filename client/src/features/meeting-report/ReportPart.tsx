import { createContext, useContext, useId, type ReactNode } from 'react';

/**
 * The parts of the report to show open; every other part is folded under its heading (still
 * there to read, one tap away). Null: everything open (the SENDCo's and the finalised view).
 */
export const OpenPartsContext = createContext<readonly string[] | null>(null);

const WRITTEN_BY = { school: 'Written by the school: you can read it.', sendco: 'The SENDCo writes this part: you can read it.' };

/**
 * One titled part of the meeting report, live or finalised; `id` names it for tests and links.
 * `writtenBy` marks a part this person may read but not write (field roles).
 */
export function ReportPart({
  id,
  title,
  hint,
  writtenBy,
  children,
}: {
  id?: string;
  title: string;
  hint?: string;
  writtenBy?: keyof typeof WRITTEN_BY;
  children: ReactNode;
}) {
  const headingId = useId();
  const openParts = useContext(OpenPartsContext);
  const body = (
    <>
      {writtenBy && <p className="part-owner">{WRITTEN_BY[writtenBy]}</p>}
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
    <section
      className={`report-part${writtenBy ? ' report-part-read-only' : ''}`}
      aria-labelledby={headingId}
      data-testid={id ? `part-${id}` : undefined}
      data-written-by={writtenBy}
    >
      <h3 id={headingId}>{title}</h3>
      {body}
    </section>
  );
}

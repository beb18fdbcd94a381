import type { MouseEvent, RefObject } from 'react';

/** One problem of a form: the id of the field it belongs to (if any) and what is wrong. */
export interface FormProblem {
  fieldId: string | null;
  message: string;
}

/**
 * "There is a problem" at the top of a form (GOV.UK pattern): each problem links to its field,
 * and following the link moves focus into the field. The caller moves focus to the summary
 * (`summaryRef`, with useFocusOnChange) when a submission fails.
 */
export function ErrorSummary({
  problems,
  summaryRef,
  testId,
}: {
  problems: FormProblem[];
  summaryRef: RefObject<HTMLDivElement | null>;
  testId?: string;
}) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  };
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      className="error-summary"
      role={problems.length > 0 ? 'alert' : undefined}
      aria-labelledby={problems.length > 0 ? `${testId ?? 'form'}-problem-title` : undefined}
      data-testid={testId}
      hidden={problems.length === 0}
    >
      {problems.length > 0 && (
        <>
          <h2 id={`${testId ?? 'form'}-problem-title`}>There is a problem</h2>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.fieldId ? (
                  <a href={`#${problem.fieldId}`} onClick={(event) => handleClick(event, problem.fieldId!)}>
                    {problem.message}
                  </a>
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

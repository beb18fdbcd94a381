import type { Explanation } from '@ehcp/shared/deadlines';

const STATUS_LABELS: Record<Explanation['status'], string> = {
  statutory: 'Statutory (the law says "must")',
  'case-law': 'Case law (a court’s reading of the law)',
  code: 'Code of Practice (guidance: "should")',
  product: 'Planning aid (our lead time, not law)',
};

/**
 * "Why this date?": the rule, plain-English reason, how binding it is and the source. A native
 * disclosure (details/summary), so it opens with Enter or Space and screen readers announce
 * its expanded state.
 */
export function WhyThisDate({ explanation, label = 'Why this date?' }: { explanation: Explanation | null; label?: string }) {
  if (!explanation) return null;
  return (
    <details className="why" data-testid="why-this-date">
      <summary>{label}</summary>
      <p>{explanation.reason}</p>
      <dl>
        <dt>Rule</dt>
        <dd>{explanation.ruleId}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[explanation.status]}</dd>
        <dt>Source</dt>
        <dd>{explanation.source}</dd>
      </dl>
    </details>
  );
}

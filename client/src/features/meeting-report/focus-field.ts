import type { ReportRowKind } from '@ehcp/shared';

/**
 * The path of a field of the meeting report as the completeness check names it
 * (`MissingItem.field`): `outcomes.<row id>.evidence`, `personalBudget.answer`, `parentViews`.
 * Controls carry it as `data-field`, so a missing item can take the user to its field.
 */
export const fieldPath = (ref: { key: string; row?: { kind: ReportRowKind; id: string } }): string =>
  ref.row ? `${ref.row.kind}.${ref.row.id}.${ref.key}` : ref.key;

/** Missing items that name a whole part rather than one control: the part whose first control to focus. */
const PARTS: Record<string, string> = { attendees: 'attendees', outcomes: 'outcomes', changes: 'changes' };

/**
 * Moves focus to the field a missing item names (scrolling it into view), opening the facts form
 * for the meeting date. Returns whether a field was found.
 */
export function focusReportField(field: string): boolean {
  if (field === 'meetingDate') {
    const details = document.querySelector<HTMLDetailsElement>('details.facts-form');
    if (details) details.open = true;
    const input = document.getElementById('fact-meetingDate');
    input?.focus();
    return input !== null;
  }
  const direct = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  const part = PARTS[field] ? document.querySelector(`[data-testid="part-${PARTS[field]}"]`) : null;
  const target = direct ?? part?.querySelector<HTMLElement>('input, textarea, select, button, [contenteditable="true"]') ?? null;
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
  return target !== null;
}

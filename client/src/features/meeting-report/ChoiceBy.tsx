import { REPORT_CHOICE_LOG, type ChoiceChange } from '@ehcp/shared';
import { useChoiceChange, type CollabDoc } from '../../editor/index.ts';
import { formatDateTime } from '../../lib/dates.ts';

/** Who made a choice in the meeting, as the server recorded it ("Chosen by Sam Patel (SENDCo), 4 Dec 2026, 14:02"). */
export function ChoiceBy({ collab, choiceKey }: { collab: CollabDoc; choiceKey: string }) {
  const change: ChoiceChange | null = useChoiceChange(collab, REPORT_CHOICE_LOG, choiceKey);
  if (!change) return null;
  return (
    <p className="muted small choice-by" data-testid="choice-by">
      Chosen by {change.by} ({change.as}), {formatDateTime(change.at)}
    </p>
  );
}

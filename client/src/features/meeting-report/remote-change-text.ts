import { EHCP_SECTIONS, PFA_ITEMS, REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_TEXT_FRAGMENTS } from '@ehcp/shared';
import type { ChangedPart, RemoteChange } from '../../editor/index.ts';

const FRAGMENT_LABELS: Record<string, string> = {
  [REPORT_TEXT_FRAGMENTS.youngPersonViews]: "The young person's views",
  [REPORT_TEXT_FRAGMENTS.parentViews]: "Parents' and carers' views",
  [REPORT_TEXT_FRAGMENTS.provisionReview]: 'Provision review',
  [REPORT_TEXT_FRAGMENTS.notes]: 'Discussion notes',
  [REPORT_ROW_ARRAYS.attendees]: 'Attendees',
  [REPORT_ROW_ARRAYS.outcomes]: 'Progress towards outcomes',
  [REPORT_ROW_ARRAYS.actions]: 'Actions',
};

/** The report part a short answer belongs to, as its heading calls it. */
function fieldLabel(key: string): string | null {
  const [group, item] = key.split('.');
  if (group === 'change') {
    const section = EHCP_SECTIONS.find((s) => s.key === item);
    return section ? `Proposed changes, section ${section.key}` : 'Proposed changes';
  }
  if (group === 'pfa') return PFA_ITEMS.find((p) => p.key === item)?.label ?? 'Preparing for adulthood';
  if (group === 'personalBudget') return 'Personal budget';
  if (group === 'phaseTransfer') return 'Phase transfer';
  if (group === 'recommendation') return 'Recommendation';
  return null;
}

/** Names a changed part of the meeting report for people (null: not worth announcing). */
export function reportPartLabel(part: ChangedPart): string | null {
  if (part.root === REPORT_FIELDS_MAP) return part.key ? fieldLabel(part.key) : null;
  return FRAGMENT_LABELS[part.root] ?? null;
}

/** "Tom Hughes changed Parents' and carers' views and Actions." */
export function describeRemoteChanges(changes: RemoteChange[]): string {
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return changes.map(({ name, labels }) => `${name} changed ${list(labels)}.`).join(' ');
}

import type { CaseloadRow } from '@ehcp/shared';

/** The caseload page's filters. */
export const CASELOAD_FILTERS = [
  { id: 'all', label: 'All plans' },
  { id: 'overdue', label: 'Overdue (legally late)' },
  { id: 'behind', label: 'Behind our plan' },
  { id: 'year9', label: 'Year 9+ (preparing for adulthood)' },
  { id: 'transfer', label: 'Phase transfer' },
  { id: 'under5', label: 'Under fives' },
] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number]['id'];

/** Rows matching a filter, in the server's urgency order; phase transfers at risk come first. */
export function filterCaseload(rows: CaseloadRow[], filter: CaseloadFilter): CaseloadRow[] {
  switch (filter) {
    case 'overdue':
      return rows.filter((row) => row.urgency === 'overdue');
    case 'behind':
      return rows.filter((row) => row.urgency === 'behind-plan');
    case 'year9':
      return rows.filter((row) => row.isYear9Plus);
    case 'under5':
      return rows.filter((row) => row.isUnderFive);
    case 'transfer': {
      const transfers = rows.filter((row) => row.phaseTransfer);
      // Stable sort keeps urgency order within the at-risk and not-at-risk groups.
      return [...transfers].sort((a, b) => Number(b.phaseTransfer!.atRisk) - Number(a.phaseTransfer!.atRisk));
    }
    default:
      return rows;
  }
}

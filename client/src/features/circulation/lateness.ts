/** How a circulation stands against the statutory date, for a badge: null days means no meeting was booked. */
export function latenessOf(daysLate: number | null): { label: string; badge: string } {
  if (daysLate === null) return { label: 'No meeting booked', badge: 'badge-soon' };
  if (daysLate > 0) return { label: `${daysLate} day${daysLate === 1 ? '' : 's'} late`, badge: 'badge-overdue' };
  return { label: 'On time', badge: 'badge-ok' };
}

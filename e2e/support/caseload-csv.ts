const pad = (n: number) => String(n).padStart(2, '0');
const shift = (d: Date, years: number, months = 0, days = 0) =>
  new Date(d.getFullYear() + years, d.getMonth() + months, d.getDate() + days);
const addYears = (d: Date, n: number) => shift(d, n);
const addMonths = (d: Date, n: number) => shift(d, 0, n);
const addDays = (d: Date, n: number) => shift(d, 0, 0, n);

/** Today's date in England, as the server computes it. */
export function todayInEngland(): Date {
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const uk = (date: Date) => `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
/** A local date as YYYY-MM-DD. */
export const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * A caseload CSV with dates relative to today, so the expected order holds on any day:
 * Olive is two years overdue; Theo's phase transfer is a month away (its meeting deadline has
 * passed: at risk); Nina is in Year 10 and on track; Uma is three.
 */
export function buildCaseloadCsv(today = todayInEngland()) {
  const pupils = {
    olive: { name: 'Olive Overdue', dob: addYears(today, -12), issued: addYears(today, -5), lastReview: addYears(today, -3) },
    theo: {
      name: 'Theo Transfer',
      dob: addYears(today, -11),
      issued: addYears(today, -4),
      lastReview: addMonths(today, -2),
      transferDate: addMonths(today, 1),
    },
    nina: { name: 'Nina Ninth', dob: addYears(today, -15), issued: addYears(today, -6), lastReview: addMonths(today, -1) },
    uma: { name: 'Uma Under-five', dob: addYears(addDays(today, -10), -3), issued: addMonths(today, -2), lastReview: null },
  };
  const rows = [
    'Pupil name,Date of birth,UPN,Plan issue date,Last review meeting date,LA,Year group,Transfer type,Transfer date',
    `${pupils.olive.name},${uk(pupils.olive.dob)},,${uk(pupils.olive.issued)},${uk(pupils.olive.lastReview)},Northshire,,,`,
    `${pupils.theo.name},${iso(pupils.theo.dob)},T123456789012,${iso(pupils.theo.issued)},${iso(pupils.theo.lastReview)},Northshire,,primary-to-secondary,${iso(pupils.theo.transferDate)}`,
    `"${pupils.nina.name}",${uk(pupils.nina.dob)},,${uk(pupils.nina.issued)},${uk(pupils.nina.lastReview)},"Westshire, North",,,`,
    `${pupils.uma.name},${uk(pupils.uma.dob)},,${uk(pupils.uma.issued)},,Northshire,,,`,
  ];
  return { csv: rows.join('\r\n') + '\r\n', pupils, today: iso(today) };
}

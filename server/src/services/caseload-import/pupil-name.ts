/**
 * A pupil's name as the caseload shows and emails use it ("Aisha Mohammed"), from a cell that
 * may be written the way school systems export it, "Surname, Forename" ("Mohammed, Aisha" or
 * "MOHAMMED, Aisha"): one comma, something on each side. Any other cell is kept as written
 * (spaces tidied), so "Aisha Mohammed" stays as it is and nothing is guessed beyond one comma.
 */
export function pupilNameFrom(cell: string): string {
  const tidy = cell.replace(/\s+/g, ' ').trim();
  const match = /^([^,]+),([^,]+)$/.exec(tidy);
  if (!match) return tidy;
  const family = match[1]!.trim();
  const given = match[2]!.trim();
  if (!family || !given) return tidy;
  return `${given} ${isShouted(family) ? titleCase(family) : family}`;
}

/** A family name exported in capitals ("MOHAMMED"), as some management information systems do. */
const isShouted = (name: string) => name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase();

/** "O'NEILL-SMITH" → "O'Neill-Smith": capital after a start, space, hyphen or apostrophe. */
const titleCase = (name: string) =>
  name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase());

/**
 * A pupil's name as the caseload shows and emails use it ("Aisha Mohammed"), from a cell that
 * may be written the way school systems export it, "Surname, Forename" ("Mohammed, Aisha" or
 * "MOHAMMED, Aisha"): one comma, something on each side. Any other cell is kept as written
 * (spaces tidied), so "Aisha Mohammed" stays as it is and nothing is guessed beyond one comma.
 */
export function pupilNameFrom(cell: string): string {
  const { givenName, familyName } = pupilNamePartsFrom(cell);
  return [givenName, familyName].filter(Boolean).join(' ');
}

/**
 * The given and family name of a name cell: "Surname, Forename" (one comma) says which is which;
 * otherwise the last word is the family name ("Mary Jane Smith" → "Mary Jane", "Smith"), and a
 * single word is a given name alone. The display name is always "Given Family".
 */
export function pupilNamePartsFrom(cell: string): { givenName: string; familyName: string } {
  const tidy = cell.replace(/\s+/g, ' ').trim();
  const match = /^([^,]+),([^,]+)$/.exec(tidy);
  const family = match?.[1]!.trim();
  const given = match?.[2]!.trim();
  if (!family || !given) {
    const at = tidy.lastIndexOf(' ');
    return at < 0 ? { givenName: tidy, familyName: '' } : { givenName: tidy.slice(0, at), familyName: tidy.slice(at + 1) };
  }
  return { givenName: given, familyName: isShouted(family) ? titleCase(family) : family };
}

/** A family name exported in capitals ("MOHAMMED"), as some management information systems do. */
const isShouted = (name: string) => name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase();

/** "O'NEILL-SMITH" → "O'Neill-Smith": capital after a start, space, hyphen or apostrophe. */
const titleCase = (name: string) =>
  name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase());

// One council, however its name is typed: the form a name is compared and pseudonymised in.

/** Unicode-normalised (NFKC), trimmed, inner spaces collapsed to one, lower case. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The same council however its name was typed: as normaliseName, and curly or straight
 * apostrophes and quotes, any dash and any accent alike ("St Mary’s" is "St Mary's", "Ynys Môn"
 * is "Ynys Mon"). For matching names only; a pseudonym is made from normaliseName, as the
 * contract says.
 */
export function sameCouncilKey(name: string): string {
  return normaliseName(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .normalize('NFC');
}

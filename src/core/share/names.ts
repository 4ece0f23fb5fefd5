// One council, however its name is typed: the form a name is compared and pseudonymised in.

/** Unicode-normalised (NFKC), trimmed, inner spaces collapsed to one, lower case. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

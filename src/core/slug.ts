// One rule for turning names into ids and file names, and one for making ids unique.

/**
 * "Ynys Môn County Council" → "ynys-mon-county-council": accents stripped, then lowercase
 * letters and digits joined by single hyphens. "" when nothing is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Makes each id unique in order: a repeat of "sam" becomes "sam-2", then "sam-3". */
export function uniqueIds(bases: readonly string[]): string[] {
  const used = new Set<string>();
  return bases.map((base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

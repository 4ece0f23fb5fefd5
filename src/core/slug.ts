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

/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/**
 * Whether a file name (no folders) is valid on Windows as well as macOS and Linux: no reserved
 * device name, none of < > : " / \ | ? * or control characters, no trailing dot or space, and
 * at most 255 characters.
 */
export function isPortableFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !WINDOWS_RESERVED.test(name) &&
    !/[<>:"/\\|?*\u0000-\u001f]/.test(name) &&
    !/[. ]$/.test(name)
  );
}

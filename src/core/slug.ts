// One rule for turning names into ids and file names, one for matching names, and one for
// making ids unique.

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

/** A typed name as it should be kept: accents composed one way, one space between words, none around. */
export function oneSpaced(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * How a typed name is matched to a person's name: the same letters whatever their case, however
 * the accents are encoded and however many spaces stand between the words.
 */
export function nameKey(text: string): string {
  return oneSpaced(text).toLocaleLowerCase('en-GB');
}

/** Makes each id unique in order: a repeat of "sam" becomes "sam-2", then "sam-3". */
export function uniqueIds(bases: readonly string[]): string[] {
  const ids = new IdAllocator();
  return bases.map((base) => ids.take(base));
}

/** uniqueIds one id at a time, for ids that arrive one file at a time. */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** The next suffix to try per base, so 20,000 files that all say "ceo" are not counted up from 2 each time. */
  private readonly nextSuffix = new Map<string, number>();

  take(base: string): string {
    let id = base;
    if (this.used.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
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

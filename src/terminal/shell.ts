// Commands the tool prints for the user to copy and run, quoted so that a shell reads each
// argument back exactly: `dma assess '/tmp/x/Ynys Môn.yaml'`.

/** One argument for a POSIX shell: as it is when it is plainly safe, else in single quotes. */
export function shellQuote(text: string): string {
  return /^[\w./@:+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A whole command line: the words as they are, each argument quoted. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}

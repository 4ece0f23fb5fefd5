// The lines of a YAML text, found once by yaml's LineCounter as it parses: messages about a
// syntax error look at the line it is on without searching the text for line ends.
import type { LineCounter } from 'yaml';

export class TextLines {
  constructor(
    readonly text: string,
    private readonly counter: LineCounter,
  ) {}

  get count(): number {
    return this.counter.lineStarts.length;
  }

  /** The 1-based line an offset is on. */
  lineOf(offset: number): number {
    return this.counter.linePos(offset).line;
  }

  /** The offset where a 1-based line starts. */
  start(line: number): number {
    return this.counter.lineStarts[line - 1] ?? this.text.length;
  }

  /** The offset of the line's end (its line break, or the end of the text). */
  end(line: number): number {
    const next = this.counter.lineStarts[line];
    return next === undefined ? this.text.length : next - 1;
  }

  /** The line's text, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.start(line), this.end(line));
  }

  /** The text of an offset's line up to the offset. */
  before(offset: number): string {
    return this.text.slice(this.start(this.lineOf(offset)), offset);
  }
}

import { stripVTControlCharacters } from 'node:util';

/**
 * Wraps each line at word boundaries to fit `width` columns (colour codes do not count).
 * A wrapped line continues under its first word, after the line's own indent.
 */
export function wrapText(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      if (stripVTControlCharacters(line).length <= width) return line;
      const [, indent = '', marker = ''] = /^(\s*)(\d+\.\s+|[-•]\s+)?/.exec(line)!;
      const hanging = marker ? ' '.repeat(indent.length + marker.length) : indent ? `${indent}  ` : '';
      const words = line.slice(indent.length).split(' ');
      const out: string[] = [];
      let current = indent;
      let currentWidth = indent.length;
      for (const word of words) {
        const w = stripVTControlCharacters(word).length;
        if (currentWidth + w > width && current.trim() !== '') {
          out.push(current.trimEnd());
          current = hanging;
          currentWidth = hanging.length;
        }
        current += `${word} `;
        currentWidth += w + 1;
      }
      out.push(current.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

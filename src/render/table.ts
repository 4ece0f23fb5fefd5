import type { ChalkInstance } from 'chalk';

/** A plain, aligned text table; numbers right-aligned. */
export function formatTable(headers: string[], rows: string[][], chalk: ChalkInstance): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^-?[\d.]+$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [chalk.bold(line(headers)), ...rows.map(line)].join('\n') + '\n';
}

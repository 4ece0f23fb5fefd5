// The benchmark for Excel: every council's scores, one row each (so QUARTILE.INC over a column
// gives the figures in the report), and the statistics as a second table. Written with the
// report's CSV rules: a byte order mark, CRLF, RFC 4180 quoting and no formula injection.
import type { BenchmarkModel } from '../core/benchmark/types.js';
import { BOM, csvRow } from './csv-report.js';

export interface BenchmarkCsv {
  /** One row per council, highest overall score first; no byte order mark. */
  councils: string;
  /** One row per theme, then the overall score; no byte order mark. */
  statistics: string;
}

export function renderBenchmarkCsvTables(model: BenchmarkModel): BenchmarkCsv {
  const l = model.labels;
  const themeHeads = model.themes.map((t) => `${t.number}. ${t.title}`);
  const councils = [
    csvRow([l.rank, l.council, l.anonymous, l.date, l.shares, l.file, ...themeHeads, l.overall]),
    ...model.heatmap.rows.map((r) =>
      csvRow([r.rank, r.name, r.anonymous ? l.yes : l.no, r.date.iso, r.shares, r.file, ...r.themes.map((c) => c.score), r.overall.score]),
    ),
  ].join('');
  const statistics = [
    csvRow([l.theme, l.councils, l.lowest, l.lowerQuartile, l.median, l.upperQuartile, l.highest]),
    ...model.statistics.rows.map((r) => csvRow([r.title, r.councils, r.min, r.lowerQuartile, r.median, r.upperQuartile, r.max])),
  ].join('');
  return { councils, statistics };
}

/** Both tables in one stream (for standard output): councils, a blank line, then the statistics. */
export function renderBenchmarkCsvCombined(model: BenchmarkModel): string {
  const { councils, statistics } = renderBenchmarkCsvTables(model);
  return `${BOM}${councils}\r\n${statistics}`;
}

/** "out/group.csv" → "out/group-statistics.csv": where the statistics go when --out is given. */
export function statisticsCsvPath(out: string): string {
  const match = /\.csv$/i.exec(out);
  return match ? `${out.slice(0, match.index)}-statistics${match[0]}` : `${out}-statistics.csv`;
}

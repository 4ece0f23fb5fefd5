// The wording of every report, in one place: headings, labels and sentences, for en-GB. The
// report model takes its words from here, and every format only lays out what the model says,
// so a change of wording is one edit, and another language is a translation of this folder
// (an object of the same type, given to buildReportModel). The benchmark's and the share file's
// words are here too (benchmark.ts, share.ts), read by core/benchmark/ and core/share/ directly.
import { COMMITTEE_WORDING } from './committee.js';
import { COMMON } from './common.js';
import { METHOD_WORDING } from './method.js';
import { HEADINGS, LABELS, REPORT_WORDING } from './report.js';

export const EN_GB = {
  ...COMMON,
  ...REPORT_WORDING,
  headings: HEADINGS,
  labels: LABELS,
  method: { ...REPORT_WORDING.method, ...METHOD_WORDING },
  committee: COMMITTEE_WORDING,
};

/** The shape every language's wording has: en-GB's. */
export type Wording = typeof EN_GB;
export type Headings = Wording['headings'];
export type Labels = Wording['labels'];

// The report model and the committee paper's view of it: what callers outside core use.
export { buildReportModel } from './model.js';
export { buildCommitteeView } from './committee/view.js';
export { reportOf } from './committee/recommendations.js';
export { EN_GB } from './wording/index.js';
export type { Wording } from './wording/index.js';
export { CHANGES, changeBetween, compareAnalyses, questionRefs } from './compare.js';
export type { Change, Comparison } from './compare.js';
export { CHANGE_SYMBOL, TEXT_BAR_WIDTH, formatDelta, formatLevel, safeHref, textBar } from './format.js';
export { personView, sourceView } from './context.js';
export * from './rules.js';
export type * from './types.js';
export type * from './model-types.js';
export type * from './committee/types.js';

// The small words of the report's wording (report/wording/common.ts) under their old names, for
// the share and benchmark commands, which word their own outputs (not yet in the wording module).
import { COMMON } from './report/wording/common.js';

/** "21 November 2026" */
export const formatDate = COMMON.date;
/** "A, B and C" */
export const listText = COMMON.list;
/** "1 theme", "4 themes" */
export const plural = COMMON.plural;

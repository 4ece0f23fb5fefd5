// `dma report`: placeholder until the report renderers land.
import type { CommandContext } from '../context.js';
import type { ReportCliOptions } from '../main.js';
import { UsageError } from '../../core/problems.js';

export async function runReport(_files: string[], _opts: ReportCliOptions, _ctx: CommandContext): Promise<number> {
  throw new UsageError('dma report is not built yet');
}

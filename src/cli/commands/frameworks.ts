import type { CommandContext } from '../context.js';
import { FrameworkResolver, bundledFrameworkFiles } from '../../io/load.js';
import { formatTable } from '../../render/table.js';

export async function runFrameworks(ctx: CommandContext): Promise<number> {
  const resolver = new FrameworkResolver();
  const frameworks = await Promise.all((await bundledFrameworkFiles()).map((file) => resolver.resolve(file)));
  const rows = frameworks.map((f) => [f.id, f.title, f.version, String(f.themes.length), String(f.questions.size)]);
  ctx.stdout.write(formatTable(['id', 'title', 'version', 'themes', 'questions'], rows, ctx.chalk));
  ctx.stderr.write(ctx.chalk.dim(`\nStart one with: dma assess <id>\n`));
  return 0;
}

// `dma share`: a share file for the regional group. It says what the file holds before it
// writes it; names, votes, evidence and (unless --with-notes) notes never go in.
import type { CommandContext } from '../context.js';
import { analyse } from '../../core/analysis.js';
import { UsageError, formatProblem } from '../../core/problems.js';
import { buildShare, notesWithoutNames } from '../../core/share/build.js';
import { shareContentsText } from '../../core/share/contents.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { expandFileArguments } from '../../io/file-patterns.js';
import { FrameworkResolver, loadTeam } from '../../io/load.js';
import { outputFile, refuseOutputsOverInputs } from '../../io/output-target.js';
import { packageVersion } from '../../io/paths.js';
import { frameworkHash, pseudonym, shareJson, signShare } from '../../io/share-file.js';
import { readText } from '../../io/yaml-source.js';

export const SALT_ENV = 'DMA_SHARE_SALT';
/** A short salt could be guessed, and with it every pseudonym reversed from a list of councils. */
export const MIN_SALT_LENGTH = 16;
// Writes the file itself rather than redirecting, so it works the same in every shell (PowerShell
// 5 would write a redirected file as UTF-16).
const MAKE_SALT = `node -e "require('fs').writeFileSync('dma-salt.txt', require('crypto').randomBytes(32).toString('hex'))"`;

export interface ShareOptions {
  out?: string;
  anonymous?: boolean;
  saltFile?: string;
  withNotes?: boolean;
  framework?: string;
}

export async function runShare(ctx: CommandContext, args: string[], given: ShareOptions): Promise<number> {
  const opts = { ...given, out: outputFile(given.out) };
  const files = expandFileArguments(args, ctx);
  const inputs = [...files, ...(opts.saltFile ? [opts.saltFile] : []), ...(opts.framework ? [opts.framework] : [])];
  await refuseOutputsOverInputs(ctx.cwd, opts.out === undefined ? [] : [opts.out], inputs, 'the share file');
  const salt = opts.anonymous ? await readSalt(opts, ctx) : undefined;
  if (!opts.anonymous && opts.saltFile !== undefined) {
    ctx.stderr.write(`${ctx.chalk.yellow('warning:')} --salt-file is used only with --anonymous; the share carries your organisation's name\n`);
  }

  const team = await loadTeam(files, opts.framework, new FrameworkResolver(ctx.cwd), { keepMembers: opts.withNotes === true });
  for (const warning of team.warnings) ctx.stderr.write(`${formatProblem(warning)} ${ctx.chalk.yellow('(warning)')}\n`);
  const analysis = analyse(team.framework, team.assessment);
  const name = team.assessment.organisation;
  const share = signShare(
    buildShare({
      analysis,
      organisation: salt === undefined ? { name, anonymous: false } : { name: pseudonym(name, salt), anonymous: true },
      frameworkHash: frameworkHash(team.framework),
      shared: ctx.today,
      toolVersion: packageVersion(),
      ...(opts.withNotes ? { notes: notesWithoutNames(team.members ?? []) } : {}),
    }),
  );

  ctx.stderr.write(`${shareContentsText(share).join('\n')}\n`);
  if (salt !== undefined) {
    ctx.stderr.write(
      `Your pseudonym is ${share.organisation.name}. Keep the salt safe and use it again next time: the same salt gives the same pseudonym, so your shares line up.\n`,
    );
  }
  const text = shareJson(share);
  if (opts.out === undefined) {
    ctx.stdout.write(text);
  } else {
    await writeFileAtomic(opts.out, text, ctx.cwd);
    ctx.stderr.write(`Wrote ${opts.out}\n`);
  }
  return 0;
}

/** The salt: the contents of --salt-file, else DMA_SHARE_SALT; refused when missing or short. */
async function readSalt(opts: ShareOptions, ctx: CommandContext): Promise<string> {
  let salt: string | undefined;
  let from: string;
  if (opts.saltFile !== undefined) {
    from = opts.saltFile;
    // Leading and trailing white space is not part of the salt: a final line break does not matter.
    salt = (await readText(opts.saltFile, ctx.cwd)).trim();
  } else {
    from = `the ${SALT_ENV} environment variable`;
    salt = ctx.env[SALT_ENV]?.trim();
    if (!salt) {
      throw new UsageError(
        '--anonymous needs a salt: a secret your council keeps, so that its pseudonym stays the same from one share to the next',
        // The command on a line of its own, so that no full stop is copied with it.
        `Give --salt-file <file> or set ${SALT_ENV}. To make a salt file, run:\n  ${MAKE_SALT}`,
      );
    }
  }
  if (salt.length < MIN_SALT_LENGTH) {
    throw new UsageError(`the salt in ${from} is ${salt.length} characters; use at least ${MIN_SALT_LENGTH} (to make one: ${MAKE_SALT})`);
  }
  return salt;
}

import type { Prompter } from './prompter.js';

/** A prompter that loads the real one (Inquirer) the first time it asks something. */
export function lazyPrompter(load: () => Promise<Prompter>): Prompter {
  let loading: Promise<Prompter> | undefined;
  const real = () => (loading ??= load());
  return {
    select: async (options) => (await real()).select(options),
    input: async (options) => (await real()).input(options),
    confirm: async (options) => (await real()).confirm(options),
  };
}

// A text prompt with live lines above it: Inquirer's input, plus a status (in the live room, who
// has joined and who has voted) that is drawn again whenever it changes, while the facilitator
// types. Built on @inquirer/core, as Inquirer's own prompts are; loaded only with the prompter.
import { createPrompt, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useState } from '@inquirer/core';
import type { Theme } from '@inquirer/core';

type PartialDeep<T> = T extends object ? { [P in keyof T]?: PartialDeep<T[P]> } : T;

export interface LiveInputConfig {
  message: string;
  /** The lines above the prompt, read at every drawing. */
  status: () => string;
  /** Calls its argument when the status may have changed; returns what stops it. */
  subscribe: (changed: () => void) => () => void;
  validate?: (value: string) => true | string;
  /** The line left on screen once answered; default the message and the answer. */
  done?: (value: string) => string;
  theme?: PartialDeep<Theme>;
}

export const liveInput = createPrompt<string, LiveInputConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [state, setState] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [, setDrawings] = useState(0);
  const prefix = usePrefix({ status: state, theme });

  useEffect(() => config.subscribe(() => setDrawings((n) => n + 1)), []);

  useKeypress((key, rl) => {
    if (state !== 'idle') return;
    if (!isEnterKey(key)) {
      setValue(rl.line);
      setError(undefined);
      return;
    }
    const verdict = config.validate ? config.validate(value) : true;
    if (verdict === true) {
      setState('done');
      done(value);
    } else {
      // Readline has cleared its line on Enter: put the text back so it can be corrected.
      rl.write(value);
      setError(verdict);
    }
  });

  if (state === 'done') {
    return config.done ? `${prefix} ${config.done(value)}` : `${prefix} ${theme.style.message(config.message, state)} ${theme.style.answer(value)}`;
  }
  const line = `${prefix} ${theme.style.message(config.message, state)} ${value}`;
  const status = config.status();
  return [status ? `${status}\n${line}` : line, error ? theme.style.error(error) : ''];
});

// The live prompt (src/prompts/live-input.ts), through @inquirer/testing's virtual terminal: its
// lines above the prompt are drawn again whenever the status changes, while the person types.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { liveInput } from '../../src/prompts/live-input.js';

/** A status that changes when a test says so, and tells its one listener. */
function changing(initial: string) {
  let text = initial;
  let listener: (() => void) | undefined;
  let unsubscribed = false;
  return {
    text: () => text,
    subscribe: (changed: () => void) => {
      listener = changed;
      return () => {
        unsubscribed = true;
        listener = undefined;
      };
    },
    set(next: string) {
      text = next;
      listener?.();
    },
    get unsubscribed() {
      return unsubscribed;
    },
  };
}

describe('the live prompt', () => {
  it('draws the status above the prompt again when it changes, keeping what is being typed', async () => {
    const status = changing('Voted 0 of 3: nobody yet');
    const { answer, events, getScreen, nextRender } = await render(liveInput, { message: 'Enter reveals the votes', status: status.text, subscribe: status.subscribe });
    expect(getScreen()).toBe('Voted 0 of 3: nobody yet\n? Enter reveals the votes');
    events.type('Jo');
    status.set('Voted 1 of 3: Sam\nWaiting for: Ali, Jo');
    await nextRender();
    expect(getScreen()).toBe('Voted 1 of 3: Sam\nWaiting for: Ali, Jo\n? Enter reveals the votes Jo');
    events.type(' 3');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Jo 3');
    expect(status.unsubscribed).toBe(true);
    // Once answered, only the prompt line stays.
    expect(getScreen()).toBe('✔ Enter reveals the votes Jo 3');
  });

  it('shows why an entry is refused and keeps it for correcting; the done line can be its own', async () => {
    const status = changing('Voted 0 of 3: nobody yet');
    const { answer, events, getScreen } = await render(liveInput, {
      message: 'Enter reveals the votes',
      status: status.text,
      subscribe: status.subscribe,
      validate: (value: string) => (value === '' ? 'No level has been voted yet.' : true),
      done: (value: string) => (value ? `Typed: ${value}` : 'Votes revealed'),
    });
    events.keypress('enter');
    await new Promise((r) => setTimeout(r, 0));
    expect(getScreen()).toContain('No level has been voted yet.');
    events.type('s');
    events.keypress('enter');
    await expect(answer).resolves.toBe('s');
    expect(getScreen()).toBe('✔ Typed: s');
  });
});

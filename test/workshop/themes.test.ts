// Themes in the walk (src/workshop/steps/questions.ts): each is introduced, title and description,
// once a session; coming back into it shows its title alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { scripted } from '../support/scripted-prompter.js';
import { HELPFUL, back, goBackToSkipped, loadFramework, notApplicable, skip, solo, workshop } from './steps.js';

let helpful: Framework;
beforeAll(async () => {
  helpful = await loadFramework(HELPFUL);
});

describe('introducing the themes', () => {
  it('introduces each theme once: back within a theme shows nothing, back into the theme before shows its title alone', async () => {
    const SKILLS = 'How confident are senior leaders with digital tools?';
    const HEALTH = 'jointly with health partners';
    const CONTRACTS = 'technology contracts';
    const room = scripted(
      solo(SKILLS, 3),
      back(HEALTH),
      skip(SKILLS), // "Keep the saved answer"
      notApplicable(HEALTH, 'No social care'),
      back(CONTRACTS),
      skip(HEALTH),
      solo(CONTRACTS, 2),
    );
    const { screen } = await workshop(helpful, room);

    expect(screen.match(/Staff copy what leaders do, so skills start at the top\./g)).toHaveLength(1);
    expect(screen.match(/Long, large contracts lock councils in\./g)).toHaveLength(1);
    // Theme 1's title: entering it, then coming back into it from theme 2; theme 2's: entering it twice.
    expect(screen.match(/Theme 1 of 2: People and skills/g)).toHaveLength(2);
    expect(screen.match(/Theme 2 of 2: Money and contracts/g)).toHaveLength(2);
    expect(screen.split('Theme 1 of 2: People and skills')[2]).toMatch(/^\nTheme 1 of 2 · question 2 of 3/);
  });

  it('going back to skipped questions at the end shows their theme\'s title alone', async () => {
    const SKILLS = 'How confident are senior leaders with digital tools?';
    const room = scripted(skip(SKILLS), solo('jointly with health partners', 2), solo('technology contracts', 2), goBackToSkipped(true), solo(SKILLS, 3));
    const { screen } = await workshop(helpful, room);
    expect(screen.match(/Staff copy what leaders do, so skills start at the top\./g)).toHaveLength(1);
    expect(screen.match(/Theme 1 of 2: People and skills/g)).toHaveLength(2);
  });
});

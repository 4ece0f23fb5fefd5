// How a level is chosen and how long choosing takes: said on the introduction screen, in the
// report's method section and in the bundled frameworks, so it is written here once.

/** The one rule for choosing a level, stated everywhere a level is chosen. */
export const CHOOSING_RULE =
  'Choose the highest level whose description is fully true today; if only part of it is true, choose the level below.';

/** The pace a workshop plans for: two minutes a question. */
export const MINUTES_PER_QUESTION = 2;

/** "1 hour 16 minutes", "20 minutes": the time `questions` take at the planned pace. */
export function workshopDuration(questions: number, minutesPerQuestion = MINUTES_PER_QUESTION): string {
  const minutes = questions * minutesPerQuestion;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest || !hours ? `${rest} minute${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

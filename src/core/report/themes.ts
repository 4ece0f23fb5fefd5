// Theme by theme: each theme's score and standing, its questions, and the disagreements and
// evidence warnings found along the way (widest disagreement first).
import type { BuildContext } from './context.js';
import { themeChangeView } from './comparison.js';
import type { QuestionFindings } from './questions.js';
import { questionView } from './questions.js';
import { scoreView } from './scores.js';
import type { ThemeView } from './types.js';

export interface ThemesSection extends QuestionFindings {
  themes: ThemeView[];
}

export function themesSection(ctx: BuildContext): ThemesSection {
  const { w, analysis } = ctx;
  const found: QuestionFindings = { evidenceWarnings: [], disagreements: [] };
  const docThemes = new Map(analysis.document.themes.map((t) => [t.id, t]));
  const changes = new Map(ctx.comparison?.themes.map((t) => [t.id, t]));
  const themes = ctx.framework.themes.map((theme, t): ThemeView => {
    const scored = analysis.result.themes[t]!;
    const doc = docThemes.get(theme.id)!;
    const questions = scored.questions.map((qs) => questionView(ctx, qs, found));
    const change = changes.get(theme.id);
    const score = scoreView(w, { score: doc.score, level: doc.level, label: doc.label, answered: scored.answered, notApplicable: scored.notApplicable, total: scored.total }, ctx.target);
    return {
      id: theme.id,
      number: t + 1,
      title: theme.title,
      description: theme.description ?? null,
      weight: theme.weight,
      ...score,
      questionCount: questions.length,
      scoreLine: w.themes.score(score.scoreText),
      questionsCaption: w.themes.questionsCaption(t + 1),
      source: ctx.sourceOf(theme.source),
      questions,
      disagreements: questions.filter((q) => q.disagreement).length,
      evidenceWarnings: questions.filter((q) => q.flags.some((f) => f.kind === 'no-evidence')).length,
      baseline: change ? themeChangeView(ctx, change) : null,
    };
  });
  found.disagreements.sort((a, b) => b.spread - a.spread); // stable: framework order within a spread
  return { themes, ...found };
}

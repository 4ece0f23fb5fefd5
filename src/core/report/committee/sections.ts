// The committee paper's other sections, in its words: the cover, purpose, background, the
// action plan's paragraphs, the implications left for the author, and the background papers.
import type { ReportModel } from '../model-types.js';
import { RAG_AMBER } from '../rules.js';
import type { Wording } from '../wording/index.js';
import type { CommitteeView, Implication, RagRow } from './types.js';

/** "on 21 November 2026" and "by four members of the leadership team: …" */
export function occasion(m: ReportModel, w: Wording): { when: string; who: string } {
  return {
    when: w.committee.when(m.assessed?.text ?? null),
    who: w.committee.who(m.team.size, m.team.respondents.map((p) => p.display), m.team.isTeam),
  };
}

export function cover(m: ReportModel, w: Wording, author: CommitteeView['reportOf']): CommitteeView['cover'] {
  const c = w.committee.cover;
  return [
    { label: c.reportTo.label, value: c.reportTo.value, placeholder: true },
    { label: c.meetingDate.label, value: c.meetingDate.value, placeholder: true },
    { label: c.reportOf, value: author.text, placeholder: author.placeholder },
    { label: c.contact.label, value: c.contact.value, placeholder: true },
    { label: c.wards.label, value: c.wards.value, placeholder: false },
    { label: c.keyDecision.label, value: c.keyDecision.value, placeholder: true },
    { label: c.subject.label, value: c.subject.value(m.organisation, m.assessed?.text ?? null), placeholder: false },
  ];
}

export function background(m: ReportModel, w: Wording, appendix: string): string[] {
  return w.committee.background({
    framework: m.framework.title,
    version: m.framework.version,
    themes: m.themes.length,
    questions: m.overall.questionCount,
    range: m.scale.rangeText,
    levels: m.scale.levels.map((l) => w.committee.levelIs(l.level, l.label)),
    target: m.scale.targetPhrase,
    overridden: m.scale.targetOverridden ? m.scale.frameworkTarget : null,
    agreement: m.method.agreement,
    appendix,
    sources: m.method.sources.length,
  });
}

export function planParagraphs(m: ReportModel, w: Wording, planAppendix: string): string[] {
  const p = w.committee.plan;
  const a = m.actions;
  if (a.count === 0) return [a.intro];
  return [p.intro(a.count, p.where(a.byHorizon)), p.nextSteps(a.nextSteps.length, a.questions, planAppendix, a.count), a.priorityRule, p.owners];
}

export function implications(m: ReportModel, w: Wording, section: string, red: RagRow[]): Implication[] {
  const i = w.committee.implications;
  const list: Array<Omit<Implication, 'number' | 'placeholder'>> = [
    { id: 'financial', ...i.financial, facts: m.actions.count ? [i.financial.fact(m.actions.count, m.actions.byHorizon.now)] : [] },
    { id: 'legal', ...i.legal, facts: [] },
    { id: 'equalities', ...i.equalities, facts: [] },
    { id: 'risk', ...i.risk, facts: red.length ? [i.risk.fact(red.map((r) => r.title), RAG_AMBER)] : [] },
    { id: 'climate', ...i.climate, facts: [] },
  ];
  return list.map((item, n) => ({
    id: item.id,
    number: `${section}.${n + 1}`,
    title: item.title,
    placeholder: w.committee.authorPlaceholder,
    guidance: item.guidance,
    facts: item.facts,
  }));
}

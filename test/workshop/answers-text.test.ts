// Writing answers files (src/io/answers-file.ts): a new file as before, and a resumed file
// edited in place so that comments written by hand survive every save.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AnswersFile } from '../../src/core/schema.js';
import { ANSWER_KEY_ORDER } from '../../src/core/schema.js';
import { AnswersText, serialiseAnswers } from '../../src/io/answers-file.js';

const HAND_WRITTEN = `# Answers to tiny 2.0.0
# Written by dma assess after every answer.
# To carry on: dma assess --resume old.yaml

# Board workshop, 20 November; Sam chaired.

schema: 1
framework: { id: tiny, version: 2.0.0 } # checked with the CIO
organisation: Testshire County Council
date: 2026-11-20
answers:
  # agreed after a long debate
  lead.vision: { level: 2, notes: Agreed last week } # see the minutes
  data.protocol:
    # the protocol is in draft
    level: 1
# End of the board's answers.
`;

const base = parse(HAND_WRITTEN) as AnswersFile;
const withAnswers = (answers: AnswersFile['answers']): AnswersFile => ({ ...base, answers });

describe('AnswersText', () => {
  it('writes a new file exactly as serialiseAnswers does', () => {
    const doc = withAnswers({ 'lead.vision': { level: 2 } });
    expect(AnswersText.fresh().render(doc, 'dma assess --resume a.yaml')).toBe(serialiseAnswers(doc, 'dma assess --resume a.yaml'));
  });

  it('keeps every hand-written comment of a resumed file while answers are added and changed', () => {
    const text = AnswersText.keeping(HAND_WRITTEN);
    const first = text.render(
      withAnswers({ 'lead.vision': { level: 2, notes: 'Agreed last week' }, 'lead.cabinet': { level: 3 }, 'data.protocol': { level: 1 } }),
      'dma assess --resume new.yaml',
    );
    const second = text.render(
      withAnswers({ 'lead.vision': { level: 3, notes: 'Agreed last week' }, 'lead.cabinet': { level: 3 }, 'data.protocol': { level: 1 } }),
      'dma assess --resume new.yaml',
    );
    for (const comment of [
      '# Board workshop, 20 November; Sam chaired.',
      '# checked with the CIO',
      '# agreed after a long debate',
      '# see the minutes',
      '# the protocol is in draft',
      '# End of the board\'s answers.',
    ]) {
      expect(first).toContain(comment);
      expect(second).toContain(comment);
    }
    // dma's own header is replaced, not repeated.
    expect(second.match(/# Written by dma assess/g)).toHaveLength(1);
    expect(second).toContain('# To carry on: dma assess --resume new.yaml');
    expect(second).not.toContain('old.yaml');
    // The new answer sits in framework order; the changed one keeps its layout and comment.
    expect(second).toContain('  lead.vision: { level: 3, notes: Agreed last week } # see the minutes\n  lead.cabinet:\n    level: 3\n');
    expect(parse(second).answers).toEqual({
      'lead.vision': { level: 3, notes: 'Agreed last week' },
      'lead.cabinet': { level: 3 },
      'data.protocol': { level: 1 },
    });
  });

  it('names the new framework version and keeps answers to removed questions as a comment', () => {
    const text = AnswersText.keeping(HAND_WRITTEN.replace('version: 2.0.0 }', 'version: 1.0.0 }'));
    text.keepAsComment({ from: 'tiny 1.0.0', to: 'tiny 2.0.0', answers: { 'lead.old': { level: 4, notes: 'From the old version' } } });
    const out = text.render(withAnswers({ 'lead.vision': { level: 2, notes: 'Agreed last week' } }), 'dma assess --resume a.yaml');
    const data = parse(out) as AnswersFile;
    expect(data.framework).toEqual({ id: 'tiny', version: '2.0.0' });
    expect(out.split('\n')[0]).toBe('# Answers to tiny 2.0.0');
    expect(Object.keys(data.answers!)).toEqual(['lead.vision']);
    expect(out).toContain("# End of the board's answers.\n\n# Answers kept from tiny 1.0.0 to questions that tiny 2.0.0 no longer asks.");
    expect(out).toContain('#   lead.old:\n#     level: 4\n#     notes: From the old version\n');
  });

  it('adds respondents before the answers of a file that had none', () => {
    const text = AnswersText.keeping(HAND_WRITTEN);
    const out = text.render({ ...base, respondents: [{ id: 'sam', name: 'Sam' }, { id: 'ali', name: 'Ali' }] });
    expect(Object.keys(parse(out))).toEqual(['schema', 'framework', 'organisation', 'date', 'respondents', 'answers']);
    expect(out).toContain('# agreed after a long debate');
  });

  describe('an answer\'s keys, in the contract\'s order whatever the order of the edits', () => {
    const CONTRACT_ORDER = ['level', 'votes', 'prepared', 'notApplicable', 'reason', 'notes', 'evidence', 'confidence'];
    // As a re-vote builds it: what is carried (evidence, confidence) first, then the new level and votes.
    const revoted = { evidence: 'Draft vision, v2', confidence: 'high' as const, notes: 'Close call', level: 3, votes: { sam: 3, ali: 4 } };
    const keysOf = (text: string, id: string) => Object.keys((parse(text) as AnswersFile).answers![id]!);

    it('follows the schema', () => {
      expect(ANSWER_KEY_ORDER).toEqual(CONTRACT_ORDER);
    });

    it('writes a new file with level first', () => {
      const text = AnswersText.fresh();
      const out = text.render(withAnswers({ 'lead.vision': revoted }));
      expect(keysOf(out, 'lead.vision')).toEqual(['level', 'votes', 'notes', 'evidence', 'confidence']);
      expect(out).toContain('  lead.vision:\n    level: 3\n    votes:\n');
    });

    it('puts a level that comes back after a votes-only save where it was, in a resumed file', () => {
      const text = AnswersText.keeping(HAND_WRITTEN);
      text.render(withAnswers({ 'lead.vision': { level: 2, votes: { sam: 2 }, evidence: 'Old', confidence: 'low' } }));
      // The votes alone (a session stopped after the reveal), then the agreed level again.
      text.render(withAnswers({ 'lead.vision': { evidence: 'Old', confidence: 'low', votes: { sam: 3, ali: 4 } } }));
      const out = text.render(withAnswers({ 'lead.vision': revoted }));
      expect(keysOf(out, 'lead.vision')).toEqual(['level', 'votes', 'notes', 'evidence', 'confidence']);
      const na = text.render(withAnswers({ 'lead.vision': { notes: 'Close call', reason: 'No cabinet', notApplicable: true } }));
      expect(keysOf(na, 'lead.vision')).toEqual(['notApplicable', 'reason', 'notes']);
    });
  });
});

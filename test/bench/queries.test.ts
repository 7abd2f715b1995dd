import { describe, expect, it } from 'vitest';
import { UNRELATED_WORDS } from '../../src/bench/lexicon.ts';
import { askQuestions, typingSequence } from '../../src/bench/queries.ts';
import { Random } from '../../src/bench/random.ts';
import { generateArticles } from '../../src/bench/synthetic-corpus.ts';

const passages = generateArticles({ seed: 3, articles: 20 }).flatMap((a) => a.paragraphs);

describe('benchmark queries', () => {
  it('are the same for the same seed', () => {
    expect(askQuestions(passages, new Random(1), 50)).toEqual(askQuestions(passages, new Random(1), 50));
  });

  it('are questions of 2 to 8 words, some of them about nothing in the corpus', () => {
    const questions = askQuestions(passages, new Random(1), 300);
    expect(questions).toHaveLength(300);
    const lengths = questions.map((q) => q.split(' ').length);
    expect(Math.min(...lengths)).toBe(2);
    expect(Math.max(...lengths)).toBe(8);
    expect(questions.filter((q) => q.split(' ').every((w) => UNRELATED_WORDS.includes(w))).length).toBeGreaterThan(10);
    expect(new Set(questions).size).toBeGreaterThan(250);
  });

  it('type an option as Discord sends it: every prefix, from the empty focus on', () => {
    const typed = typingSequence('country', new Random(2));
    const whole = typed.at(-1) ?? '';
    expect(typed).toEqual(Array.from({ length: whole.length + 1 }, (_, i) => whole.slice(0, i)));
  });
});

import { describe, expect, it } from 'vitest';
import { directAnswer } from '../../src/ask/direct-answer.ts';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * A question whose "what" or "which" asks for a cause, goods or countries ("what reason did he give
 * for the tariffs on Peru", "which other countries got new duties") is no question about a level: it
 * has no rate as its answer line. Sentences written for this test.
 */
const NOW = '2026-09-02T12:00:00Z';
const corpus = newCorpus('ask-other-thing-');
writeArticle(corpus, '2026-09-01-peru', 'Peru tariff', '2026-09-01', [
  'Trade officials met in Lima on Monday.',
  'The United States charges a 25% tariff on Peruvian goods, citing a flood of cheap copper.',
]);

describe('direct answer: a question asking for something other than a level', () => {
  const answer = (question: string) => directAnswer(loadKnowledgeBase(corpus), question, new Date(NOW))?.text;

  it.each([
    'What reason did the president give for the tariffs on Peru?',
    'Which other countries got hit with new duties the same day as Peru?',
    'What products are exempt from the tariffs on Peruvian goods?',
    'What prompted the tariffs on Peru?',
  ])('has no rate for "%s"', (question) => {
    expect(answer(question)).toBeUndefined();
  });

  it('still answers a question about the level', () => {
    expect(answer('What tariff does the US charge on Peruvian goods?')).toMatch(/charges 25% on Peruvian goods/);
  });
});

describe('/ask: a question asking for something other than a level', () => {
  it('shows no answer line', async () => {
    const reply = await runConsoleJson('/ask what reason did the president give for the tariffs on Peru?', {
      corpus,
      now: NOW,
    });
    expect(reply.data.answer).toBeUndefined();
    expect(reply.reply.content ?? '').not.toMatch(/Answer:/);
  });
});

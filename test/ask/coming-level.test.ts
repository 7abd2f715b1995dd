import { describe, expect, it } from 'vitest';
import { directAnswer } from '../../src/ask/direct-answer.ts';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * A level still to come, asked in the future ("what tariff will Peruvian goods face under the deal")
 * or as the new one ("what is the new tariff rate on Peru"): the level announced or set to start
 * answers it, not the rate still in force. Sentences written for this test.
 */
const NOW = '2026-09-02T12:00:00Z';
const corpusOf = (deal: string) => {
  const corpus = newCorpus('ask-coming-');
  writeArticle(corpus, '2026-08-01-peru', 'Peru tariff', '2026-08-01', [
    'Peruvian exporters met in Lima this week.',
    'The United States charges a 25% tariff on Peruvian goods.',
  ]);
  writeArticle(corpus, '2026-09-01-deal', 'Peru deal', '2026-09-01', ['Trade officials met in Lima on Monday.', deal]);
  return corpus;
};
const SET = 'Under the deal, Peruvian goods will face a 15% tariff from October 1.';
const THREAT = 'Trump threatened to raise the tariff on Peruvian goods to 40%.';

describe('direct answer: a level still to come', () => {
  const answer = (corpus: string, question: string) =>
    directAnswer(loadKnowledgeBase(corpus), question, new Date(NOW))?.text;

  it.each([
    'What tariff will Peruvian goods face under the deal?',
    'What is the new US tariff rate on goods from Peru?',
  ])('answers "%s" with the level set to start', (question) => {
    expect(answer(corpusOf(SET), question)).toMatch(
      /^The United States is set to charge 15% on Peruvian goods from 2026-10-01/,
    );
  });

  it('answers the present and a threat with the rate in force', () => {
    expect(answer(corpusOf(SET), 'What tariff will Peruvian goods face now?')).toMatch(/charges 25% on Peruvian goods/);
    expect(answer(corpusOf(THREAT), 'What tariff will Peruvian goods face under the deal?')).toMatch(
      /charges 25% on Peruvian goods/,
    );
  });
});

describe('/ask: a level still to come', () => {
  it('gives the level set to start as the answer line', async () => {
    const reply = await runConsoleJson('/ask what tariff will Peruvian goods face under the deal?', {
      corpus: corpusOf(SET),
      now: NOW,
    });
    expect((reply.data.answer as { text: string }).text).toMatch(
      /^The United States is set to charge 15% on Peruvian goods/,
    );
  });
});

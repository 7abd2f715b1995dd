import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * `/ask`'s direct answer to a rate asked by what a country pays or faces ("what tariff will Peru
 * pay", "does peruvian coffee face"): the country's goods pay the rate the US charges, not a rate
 * the country charges. Sentences written for this test.
 */
describe('/ask: a country that pays or faces a tariff is its target', () => {
  const corpus = newCorpus('console-ask-payer-');
  writeArticle(corpus, '2026-09-01-story', 'Trade story', '2026-09-01', [
    'Goods from Peru are now subject to a 15% tariff in the United States.',
    'Peru charges a 5% tariff on American goods.',
  ]);
  const answer = async (question: string) =>
    (
      (await runConsoleJson(`/ask ${question}`, { corpus, now: '2026-09-02T12:00:00Z' })).data.answer as
        { text: string } | undefined
    )?.text;

  it.each([
    'what tariff will Peru pay now?',
    'what tariff does peruvian coffee face now',
    'what tariffs does Peru face?',
  ])('answers "%s" with the rate on Peruvian goods', async (question) => {
    expect(await answer(question)).toMatch(/^The United States charges 15% on Peruvian goods/);
  });

  it('still answers the rate the country charges when it charges', async () => {
    expect(await answer('what tariff does Peru charge on US goods?')).toMatch(/^Peru charges 5% on American goods/);
  });
});

import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * `/ask`'s direct answer to the rate on imports from everywhere ("what is the global tariff now",
 * "the tariff on all imports"): a question that names no partner asks for the home country's rate
 * on all countries, from the same timeline `/tariff` falls back on for a partner with no rate of
 * its own. Sentences written for this test.
 */
describe('/ask on the rate on all countries', () => {
  const corpus = newCorpus('console-ask-worldwide-');
  writeArticle(corpus, '2026-08-20-story', 'Global tariff', '2026-08-20', [
    'The president imposed a 10% tariff on imports from all countries, effective August 24.',
  ]);
  writeArticle(corpus, '2026-08-22-story', 'Global tariff raised', '2026-08-22', [
    'The president raised the global tariff to 15%, effective immediately.',
  ]);
  const answer = async (question: string) =>
    (
      (await runConsoleJson(`/ask ${question}`, { corpus, now: '2026-09-02T12:00:00Z' })).data.answer as
        { text: string } | undefined
    )?.text;

  it.each([
    'what is the global tariff now?',
    'what tariff does the US charge on all imports now?',
    'what is the worldwide tariff rate?',
  ])('answers "%s" with the rate on all countries', async (question) => {
    expect(await answer(question)).toMatch(/^The United States charges 15% on goods from all countries/);
  });

  it('gives no such answer to a question about one country or about an average', async () => {
    expect(await answer('what is the average tariff rate now?')).toBeUndefined();
    expect(await answer('what tariff does the US charge now?')).toBeUndefined();
  });
});

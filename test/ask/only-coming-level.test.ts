import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * "What tariff does the US charge on Peruvian goods now?" when the news holds no rate in force on
 * Peru, only one set to start: that level is the answer there is, told as set to start, never as
 * charged. A threat alone still gives none. Sentences written for this test.
 */
const NOW = '2026-09-02T12:00:00Z';
const answerOf = async (paragraph: string) => {
  const corpus = newCorpus('ask-only-coming-');
  writeArticle(corpus, '2026-09-01-peru', 'Peru tariff', '2026-09-01', ['Exporters met in Lima on Monday.', paragraph]);
  const reply = await runConsoleJson('/ask what tariff does the US charge on Peruvian goods now?', {
    corpus,
    now: NOW,
  });
  return (reply.data.answer as { text: string } | undefined)?.text;
};

describe('/ask: the rate now, when only a level to come is known', () => {
  it('gives the level set to start, as set to start', async () => {
    expect(await answerOf('Goods from Peru will face a 10% tariff from October 1.')).toMatch(
      /^The United States is set to charge 10% on Peruvian goods from 2026-10-01 \(/,
    );
  });

  it('gives none for a threat alone', async () => {
    expect(await answerOf('Trump threatened a 40% tariff on Peruvian goods.')).toBeUndefined();
  });
});

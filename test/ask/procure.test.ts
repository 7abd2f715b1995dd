import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/** News tells what a country commits to buy in a deal as what it will "procure": a user asks what it will buy. */
describe('/ask for what a country will buy, told as what it will procure', () => {
  const corpus = newCorpus('ask-procure-');
  writeArticle(corpus, '2026-08-20-deal', 'Ruritania and the US agree on a trade deal', '2026-08-20', [
    'Ruritania and the United States agreed on a trade deal on Tuesday, both governments said.',
    'Under the deal, the US will charge a 15% tariff on goods from Ruritania.',
    'Ruritania would also procure $4 billion of farm goods and 20 aircraft.',
    'The deal still needs the approval of the Ruritanian parliament.',
  ]);

  it('finds the paragraph telling what the country will procure', async () => {
    const passages = await askCorpus(corpus, 'what will ruritania buy from the us under the deal?');
    expect(passages[0]).toBe('Ruritania would also procure $4 billion of farm goods and 20 aircraft.');
  });
});

import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News names a month by its distance from the day it writes ("last month", "earlier this month");
 * a reader asks by the month's name. The article's date tells which month that is.
 */
describe('/ask with a month told relatively', () => {
  it('finds the paragraph that says "last month" for a question naming that month', async () => {
    const corpus = newCorpus('ask-months-');
    writeArticle(corpus, '2026-08-05-peru', 'Peru tariff talks', '2026-08-05', [
      'Peru and the United States met again in Lima on Monday for talks on copper.',
      'The two sides agreed last month to cut the tariff on Peruvian copper from 30 percent to 10 percent.',
    ]);
    writeArticle(corpus, '2026-08-20-chile', 'Chile copper deal', '2026-08-20', [
      'Chile and the United States signed a copper deal in Santiago on Friday.',
      'The two sides agreed in June to cut the tariff on copper from 30 percent to 15 percent, officials said.',
    ]);
    const passages = await askCorpus(corpus, 'What did the two sides agree on copper in July?');
    expect(passages[0]).toBe(
      'The two sides agreed last month to cut the tariff on Peruvian copper from 30 percent to 10 percent.',
    );
  });
});

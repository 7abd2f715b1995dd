import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * A user asking what a partner pays "now" means since that partner's latest news, even when the
 * newest article of the corpus, a year later, is about another country.
 */
describe('/ask about the present of one partner', () => {
  it("shows the partner's newest rate first", async () => {
    const corpus = newCorpus('ask-partner-now-');
    writeArticle(corpus, '2025-03-01-oslo', 'Oslo answers the duty', '2025-03-01', [
      'Oslo said it would answer the American duties on salmon.',
      'The duty on Norwegian goods stands at 25%, and the duty on Norwegian salmon is higher, officials said.',
    ]);
    writeArticle(corpus, '2025-09-01-settle', 'Oslo and Washington settle', '2025-09-01', [
      'Oslo and Washington reached a settlement on Friday.',
      'The duty on Norwegian goods stands at 15% under the settlement.',
    ]);
    writeArticle(corpus, '2026-08-30-copper', 'Santiago signs a copper deal', '2026-08-30', [
      'Santiago and Washington signed a copper deal.',
      'The duty on Chilean copper stands at 10%.',
    ]);
    const passages = await askCorpus(corpus, 'what is the duty on Norwegian goods now?');
    expect(passages[0]).toBe('The duty on Norwegian goods stands at 15% under the settlement.');
  });
});

import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';

/**
 * Wire services abbreviate percent as "pct" ("a 15 pct tariff"), as British papers write "pc";
 * asked through the console as a user asks, of sentences written for this test.
 */
describe('/tariff on rates written "pct"', () => {
  it('reads "15 pct" as the rate', async () => {
    for (const sentence of [
      'The United States imposed a 15 pct tariff on imports from Peru, effective Thursday.',
      'Peruvian goods now face a tariff of 15 pct in the United States.',
    ]) {
      const corpus = newCorpus('console-pct-');
      writeArticle(corpus, '2026-05-22-story', 'Story', '2026-05-22', [sentence]);
      expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*15%\*\*/);
    }
  });

  it('reads "pct" in a list of rates, one country a line, as every other reader does', async () => {
    const corpus = newCorpus('console-pct-list-');
    writeArticle(corpus, '2026-05-22-story', 'Story', '2026-05-22', [
      'The White House listed the new tariff rates on Thursday.',
      'Peru – 15 pct',
      'Chile – 20 pct',
    ]);
    expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*15%\*\*/);
  });
});

import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence that opens with the word for a rate on everyone ("Global tariffs of 10% are still in
 * place", "Baseline duties of 10% remain") tells the rate on all countries, as the word does
 * inside a sentence, not a rate on the partner of the sentence before; asked through the console as
 * a user asks. Capitalised inside a sentence the word is part of a name ("the Global Trade Research
 * Initiative"), and the rates there stay the partner's. Sentences written for this test.
 */
describe('/tariff after a sentence opening with "Global tariffs"', () => {
  const story = [
    'Trump said he would impose 50% tariffs on Peru next month. Global tariffs of 10% are still in place.',
  ];

  it('reads the capitalised word as the rate on all countries', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 50% scheduled',
      'United States → all countries 10% current',
    ]);
  });

  it('answers /tariff peru with the 10% as the rate on all countries', async () => {
    const corpus = newCorpus('console-capitalised-universal-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', story);
    const text = await embedsText(corpus, '/tariff peru');
    expect(text).toMatch(/\*\*10%\*\*[^"]*the rate on all countries/);
  });

  it('keeps a rate told beside a name with the capitalised word the partner’s', () => {
    expect(
      articleRates(
        [
          'Washington’s tariff on Peruvian goods was 10% in April. A study by the Global Trade Research Initiative found that exporters were hit hardest as the tariff rose to 25% in August.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% previous', 'United States → Peru 25% current']);
  });
});

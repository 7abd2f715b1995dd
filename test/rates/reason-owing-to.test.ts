import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * A penalty told "owing to" or "because of" a country's energy purchases ("a punitive tariff of 25%
 * owing to Peru's energy imports from Ruritania"): the purchases are its reason, neither its goods
 * nor its seller a party, however long the buyer's name. Sentences written for these tests; the
 * class came up at stop 48's end run, where a lane's rule on "including" let the reason read as goods.
 */
const PENALTY =
  'In August, Washington imposed a 50% tariff on Peru, including a punitive tariff of 25% owing to Peru’s energy imports from Russia.';

describe('a tariff told with the purchases it punishes', () => {
  it('reads the rates on goods in general, on the buyer only', () => {
    expect(articleRateGoods([PENALTY])).toEqual([
      'United States → Peru 50% on goods in general',
      'United States → Peru 25% on goods in general',
    ]);
    expect(
      articleRateGoods([
        'Washington imposed a punitive tariff of 25% on Peru because of its oil purchases from Russia.',
      ]),
    ).toEqual(['United States → Peru 25% on goods in general']);
  });

  it('shows no rate on the seller in /tariff', async () => {
    const corpus = newCorpus('console-reason-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [PENALTY]);
    expect(await embedsText(corpus, '/tariff russia')).not.toMatch(/25%/);
  });
});

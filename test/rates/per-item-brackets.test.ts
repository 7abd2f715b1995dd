import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list whose items carry their own bracketed rates ("Peru (49 percent), Chile, Ghana and Bolivia
 * (36 percent)") gives each bracket to the country right before it: the names between are listed
 * without a rate, not at the next one's. Sentences written for this test.
 */
const SENTENCE =
  'The steepest new duties fall on small economies, including Peru (49 percent), Chile, Ghana, Kenya and Bolivia (36 percent).';

describe('a list of countries with a bracketed rate on some items', () => {
  it('gives each bracketed rate to its own country alone', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual([
      'United States → Peru 49% current',
      'United States → Bolivia 36% current',
    ]);
  });

  it('shows no 36% in /tariff chile', async () => {
    const corpus = newCorpus('console-per-item-brackets-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    expect(await embedsText(corpus, '/tariff chile')).not.toMatch(/36%/);
    expect(await embedsText(corpus, '/tariff bolivia')).toMatch(/\*\*36%\*\*/);
  });

  it('still gives a bracket to the whole list when no other item has one', () => {
    expect(
      articleRates(
        ['The new duties fall on small economies, including Chile, Ghana and Bolivia (36 percent).'],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → Chile 36% current',
      'United States → Ghana 36% current',
      'United States → Bolivia 36% current',
    ]);
  });
});

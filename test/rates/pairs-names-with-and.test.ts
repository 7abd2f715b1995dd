import { describe, expect, it } from 'vitest';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates, storyCorpus } from './article-rates.ts';

/**
 * A country whose name holds an "and" ("Bosnia and Herzegovina", "Trinidad and Tobago") after
 * another country's rate in a list keeps its own rate: the "and" inside the name is no join between
 * list items (sentences written for this test; the class comes from real news of the pairs lane's
 * set, stop 47).
 */
const LIST = 'The new rates include Serbia with 35 percent, and Bosnia and Herzegovina with 30 percent.';

describe('a listed country whose name holds "and"', () => {
  it('gives each country its own rate', () => {
    expect(articleRates([LIST], '2026-08-01')).toEqual([
      'United States → Serbia 35% current',
      'United States → Bosnia and Herzegovina 30% current',
    ]);
    expect(
      articleRates(
        ['The new rates include Serbia with 35 percent and Trinidad and Tobago with 30 percent.'],
        '2026-08-01',
      ),
    ).toContain('United States → Trinidad and Tobago 30% current');
  });

  it('answers /tariff serbia with 35%, not the other country’s 30%', async () => {
    const text = await embedsText(storyCorpus([LIST], '2026-08-01'), '/tariff serbia');
    expect(text).toMatch(/\*\*35%\*\* on Serbian goods/);
    expect(text).not.toMatch(/\*\*30%\*\*/);
  });
});

import { describe, expect, it } from 'vitest';
import { findCountry } from '../../src/geo/countries.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A two-column table of rates copied from a page as text keeps its cells' bars ("Bolivia | 15% |"):
 * each row is a list line, the country in its first cell and the rate in its second, under a
 * header that speaks of tariffs. A row whose country the bot does not know does not cut the rows
 * after it from the header. Written for this test, in the shape such pages copy to.
 */
describe('a table of rates by country copied as text', () => {
  const story = [
    'New rates under the reciprocal tariff order, by trading partner:',
    'Country |',
    'Tariff Rate | |',
    'Bolivia | 15% | |',
    'Tuvalu | 12% | |',
    'Peru (see above) | 18% | |',
    'Democratic Republic of Congo | 15% | |',
  ];

  it('gives each row its country and rate, past a row it cannot name', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Bolivia 15% current',
      'United States → Peru 18% current',
      'United States → Democratic Republic of the Congo 15% current',
    ]);
  });

  it('answers /tariff peru with the rate of its row', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods/);
  });

  it('knows the Democratic Republic of the Congo by the names news gives it', () => {
    expect(findCountry('DR Congo')?.name).toBe('Democratic Republic of the Congo');
    expect(findCountry('Democratic Republic of Congo')?.name).toBe('Democratic Republic of the Congo');
  });
});

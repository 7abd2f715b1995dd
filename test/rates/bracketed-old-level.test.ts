import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A subject whose level stands in brackets before a change to another ("reciprocal tariffs (25 per
 * cent) have been reduced to 18 per cent", "the penal levy (another 25%) has been cut to zero") gives
 * the old level, replaced (sentences written for this test; the class comes from real news of the
 * rates-status lane's set, stop 46).
 */
describe('a bracketed level of a change’s subject', () => {
  it('was in force before the change', () => {
    expect(
      articleRates(['Reciprocal tariffs on Peru (25 per cent) have been reduced to 18 per cent.'], '2026-02-07'),
    ).toEqual(['United States → Peru 25% previous', 'United States → Peru 18% current']);
    expect(
      articleRates(['The penal levies on Chile (another 25 per cent) have been cut to zero.'], '2026-02-07'),
    ).toEqual(['United States → Chile 25% previous', 'United States → Chile 0% current']);
  });

  it('stays in force while the change is still to come', () => {
    expect(articleRates(['Tariffs on Chile (25%) will be cut to 10% next month.'], '2026-02-07')).toEqual([
      'United States → Chile 25% current',
      'United States → Chile 10% scheduled',
    ]);
  });

  it('answers /tariff with the new level in force and the old one replaced', async () => {
    const { text, line } = await tariffPeru([
      'Reciprocal tariffs on Peru (25 per cent) have been reduced to 18 per cent, officials said.',
    ]);
    expect(line).toMatch(/^\*\*18%\*\*/);
    expect(text).toContain('**25%** · replaced');
  });
});

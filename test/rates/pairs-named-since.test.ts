import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A second rate of a sentence naming no country in its own clause takes the previous rate's
 * parties, unless another partner was named in between ("… to 10% on most countries, but raised
 * tariffs on Peru twice, and they now total 75%"): wording from the rates-pairs20 set of stop 38.
 */
describe('a rate after a partner named since the previous rate of its sentence', () => {
  const sentence =
    'While Washington lowered tariffs to 10% on imports from most countries for 90 days, it raised tariffs on Peru twice, and they now total 75%.';

  it('is the rate on that partner, not on the previous rate’s countries', () => {
    const rates = articleRates([sentence], '2026-09-01');
    expect(rates).toContain('United States → most countries 10% current');
    expect(rates).toContain('United States → Peru 75% current');
    expect(rates).not.toContain('United States → most countries 75% current');
  });

  it('keeps the previous rate’s pair when the partner named again is that rate’s own', () => {
    const rates = articleRates(['Chile imposed a 10% tariff on goods from Peru, rising to 20% in June.'], '2026-09-01');
    expect(rates.filter((r) => r.includes(' 20% ')).map((r) => r.split(' 20%')[0])).toEqual(['Chile → Peru']);
  });

  it('answers /tariff peru with that rate', async () => {
    const { line } = await tariffPeru([sentence]);
    expect(line).toMatch(/^\*\*75%\*\*/);
  });
});

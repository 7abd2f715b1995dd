import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A foreign country's rate on goods named by what they are, in a sentence that names no partner
 * ("Peru imposed a 12% safeguard duty on some steel products"), is its rate on imports from every
 * country, not on the home country's goods. Asked through the console as a user asks, on
 * sentences written for this test.
 */
describe('/tariff on a foreign sector rate that names no partner', () => {
  it('does not show Peru’s 12% duty on steel products as a charge on American goods', async () => {
    const story = [
      'Peru imposed a 12 percent temporary tariff on some steel products to stem imports, officials said.',
    ];
    const { text } = await tariffPeru(story);
    expect(text).not.toContain('12%');
    expect(articleRates(story, '2026-09-01')).toEqual(['Peru → all countries 12% current']);
  });

  it('reads a cut on a named drink the same way: both levels on all countries', () => {
    expect(
      articleRates(
        [
          'Peru on Friday slashed tariffs on bourbon whiskey from 150 per cent to 100 per cent, a move that came after US President Donald Trump criticised the levies.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['Peru → all countries 150% previous', 'Peru → all countries 100% current']);
  });

  it('keeps a partner the sentence before gives: Peru answering a rate on it charges the home country', () => {
    expect(
      articleRates(
        ['Trump imposed new tariffs on Peru.', 'Peru imposed a 15% tariff on coal and wheat.'],
        '2026-09-01',
      ),
    ).toContain('Peru → United States 15% current');
  });

  it('keeps a retaliation on the home country even with goods named', () => {
    expect(articleRates(['Peru retaliated with a 15% tariff on coal and wheat.'], '2026-09-01')).toContain(
      'Peru → United States 15% current',
    );
  });
});

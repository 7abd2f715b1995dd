import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A rate added with "as well as" to what a clause before announced, across a list of countries
 * between: the announcement governs it, so it is to come. Sentences written for these tests.
 */
const ANNOUNCED =
  'Earlier this week, the president announced new tariffs on several countries, including Chile, Bolivia and Ecuador, as well as a 40% tariff on Peruvian goods.';

describe('a rate added to an announcement after a list', () => {
  it('is to come, like the rates the announcement names', () => {
    expect(articleRates([ANNOUNCED], '2026-09-01')).toContain('United States → Peru 40% scheduled');
  });

  it('stays in force when the words between say the rates started', () => {
    expect(
      articleRates(
        [
          'The president announced new tariffs on Chile, which took effect Monday, as well as a 40% tariff on Peruvian goods.',
        ],
        '2026-09-01',
      ),
    ).toContain('United States → Peru 40% current');
  });

  it('is shown in /tariff as announced, not in force', async () => {
    const { line, text } = await tariffPeru(['Peruvian goods face a 20% tariff.', ANNOUNCED]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · (?:scheduled|announced)/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A day ahead right after a number ("starting at 10% on Jan. 1, 2027, and rising to 15% on Jan. 1,
 * 2028") is when that level starts, whatever the tense around it; a day with no year after a past
 * verb is the one gone. Sentences written for these tests.
 */
const PHASED =
  'The new tariff on Peruvian goods will be phased in over two years, starting at 10% on Jan. 1, 2027, and rising to 15% on Jan. 1, 2028, officials said.';

describe('a level dated right after its number', () => {
  it('reads both steps of a phase-in as scheduled', () => {
    expect(articleRates([PHASED], '2026-09-01')).toEqual([
      'United States → Peru 10% scheduled',
      'United States → Peru 15% scheduled',
    ]);
  });

  it('keeps the level a dated rise moves from in force', () => {
    expect(
      articleRates(
        ['The US tariff on Peruvian goods is 10 per cent, rising to 15 per cent on Jan. 1, 2027.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% current', 'United States → Peru 15% scheduled']);
  });

  it('leaves a rise told in the past on a day with no year as done', () => {
    expect(articleRates(['The US raised its tariff on Peruvian goods to 25% on March 4.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('shows no rate in force, and both steps as scheduled, through the console', async () => {
    const { text, line } = await tariffPeru([PHASED]);
    expect(text).toMatch(/\*\*10%\*\* · scheduled/);
    expect(text).toMatch(/\*\*15%\*\* · scheduled/);
    expect(line).not.toMatch(/in force/);
  });
});

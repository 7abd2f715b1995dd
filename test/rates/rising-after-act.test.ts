/**
 * "Trump hit Peru with a 25% tariff, rising to 50% in a week": the rise the participle tells comes
 * after the act, at the time it gives ("in a week", "next week"), so the first level holds and the
 * second is to come. A rise told in the past ("rose to 50% in a week") came. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a level laid, then a rise told by a participle and a time', () => {
  it('holds the first level and schedules the rise', () => {
    expect(
      articleRates(
        [
          'Trump hit Peru with a 25% tariff, rising to 50% in a week.',
          'Washington slapped a 10% tariff on Chile, rising to 20% next week.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 50% scheduled',
      'United States → Chile 10% current',
      'United States → Chile 20% scheduled',
    ]);
  });

  it('leaves a rise told in the past as done', () => {
    expect(articleRates(['Tariffs on Peruvian goods rose to 50% in a week.'], '2026-08-20')).toEqual([
      'United States → Peru 50% current',
    ]);
  });

  it('answers /tariff peru with the first level', async () => {
    const { line } = await tariffPeru(['Trump hit Peru with a 25% tariff, rising to 50% in a week.']);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/u);
  });
});

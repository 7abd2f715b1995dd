import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A level told in a past relative clause ("Tariffs …, which rose to 34% last year, were cut to 13%")
 * whose subject the predicate after it changed. Sentences written for this test.
 */
describe('a level in a relative clause, changed by the predicate after it', () => {
  it('answers /tariff with the new level in force and the old one replaced', async () => {
    const { line, text } = await tariffPeru([
      'Tariffs on Peruvian goods, which rose to 34% last year, were cut to 13% in August.',
    ]);
    expect(line).toMatch(/^\*\*13%\*\* on Peruvian goods · in force/u);
    expect(text).toMatch(/\*\*34%\*\* · replaced/u);
  });

  it('keeps the relative level when it is told as now, or as the level a change reached', () => {
    expect(
      sentenceRateLines('Tariffs on Peruvian goods, which are now 50%, were raised in June.', '2026-09-01'),
    ).toEqual(['United States → Peru 50% current']);
    expect(
      sentenceRateLines(
        'Tariffs on Peruvian goods, which reached 50% in June, were raised from 25% in March.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 50% current', 'United States → Peru 25% previous']);
  });

  it('reads the relative level as replaced when the predicate gives a level of now', async () => {
    const { line, text } = await tariffPeru(['Peru, which was hit with a 50% tariff in April, now pays 15%.']);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/u);
    expect(text).toMatch(/\*\*50%\*\* · replaced/u);
  });
});

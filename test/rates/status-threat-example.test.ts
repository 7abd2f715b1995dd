import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate given as an example of what a threat or warning names is threatened, even when the threat
 * gave it a start; so is the predicate after an example aside, which goes on with the warning's
 * subject. An example of what was imposed keeps its start. Asked through the console as a user
 * asks, on sentences written for this test.
 */
describe('/tariff on a rate given as an example of a threat', () => {
  it('shows "including a 10% surcharge set to take effect" after "had threatened Peru" as threatened', async () => {
    const { text } = await tariffPeru([
      'Trump had threatened Peru with new tariffs, including a 10% surcharge set to take effect on October 1.',
    ]);
    expect(text).toMatch(/\*\*10%\*\* · threatened/);
    expect(text).not.toMatch(/scheduled for/);
  });

  it('reads "warning that … — including Peru — would face 10%" as a threat on Peru', () => {
    expect(
      articleRates(
        ['Trump wrote on Sunday, warning that Andean exporters—including Peru—would face an additional 10% tariff.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% threatened']);
  });

  it('keeps the start of an example of what was imposed', () => {
    expect(
      articleRates(
        ['Washington imposed new tariffs on Peru, including a 10% surcharge set to take effect on October 1.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% scheduled']);
  });
});

import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "Imposed 45% … after initially imposing a 35% tariff": the number's segment starts at its noun
 * phrase, so the "initially" of its lead-in lies in the words since the rate before it. Sentences
 * written for this test.
 */
describe('a level told as the first one, after another rate in the sentence', () => {
  it('reads the first level as replaced and the new one as in force', () => {
    expect(
      articleRates(
        [
          'The president imposed a 45% tariff on Peruvian goods after initially imposing a 35% tariff on Peruvian copper.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 45% current', 'United States → Peru 35% previous']);
  });

  it('keeps a level added later in force', () => {
    expect(
      articleRates(
        [
          'The president initially imposed a 10% tariff on Peruvian goods, and later added a 15% levy on Peruvian copper.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% current', 'United States → Peru 15% current']);
  });

  it('gives no replaced level as the rate in force on copper, in /tariff', async () => {
    const { text } = await tariffPeru([
      'The president imposed a 45% tariff on Peruvian goods after initially declaring a 35% tariff on Peruvian copper.',
    ]);
    expect(text).toMatch(/45%/);
    expect(text).not.toMatch(/35%[^"]*in force|copper[^"]*35%/);
  });
});

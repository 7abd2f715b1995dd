import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The object of a verb of charging is the one charged: "Peru charges the U.S. 40% tariffs" is Peru's
 * rate on US goods, though "U.S. 40% tariffs" alone reads as the US's own. Asked through the console
 * as a user asks. Sentences written for this test.
 */
describe('the country a partner charges', () => {
  it.each([
    ['Peru charges the U.S. 40% tariffs, the White House said.', 'Peru → United States 40% current'],
    [
      'Peru, by the administration’s count, charges the United States a 40% tariff.',
      'Peru → United States 40% current',
    ],
    ['The U.S. will start charging Peru 25% next month.', 'United States → Peru 25% scheduled'],
  ])('%s', (sentence, line) => {
    expect(articleRates([sentence], '2026-09-01')).toEqual([line]);
  });

  it('/tariff peru gives Peru’s own rate on the US, not a US rate on Peru', async () => {
    const { line, text } = await tariffPeru(['Peru charges the U.S. 40% tariffs, the White House said.']);
    expect(line).not.toMatch(/40%/);
    expect(text).toMatch(/40%/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A retaliation told in a sentence opened "At one point," is history, not the partner's rate now. */
describe('/tariff after a sentence opened as history', () => {
  it('keeps the rate Peru charges now, not the peak it once answered with', async () => {
    const { text } = await tariffPeru([
      ['2026-08-03', ['Peru charges a 10% tariff on American goods.']],
      [
        '2026-09-01',
        [
          'At one point, duties on Peruvian goods were raised to 90%, prompting Lima to retaliate with tariffs of up to 70% on US imports.',
        ],
      ],
    ]);
    expect(text).toMatch(/"title":"Peru → United States","url":"[^"]+","description":"\*\*10%\*\* on American goods/);
    expect(text).not.toMatch(/\*\*70%\*\* on American goods/);
  });
});

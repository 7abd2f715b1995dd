import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff` on the rate in force when the articles of one day disagree and nothing ranks one level
 * above the other: the level that held before stands. Sentences written for these tests.
 */
describe('/tariff when one day’s claims disagree', () => {
  it('keeps the partner’s own level that held before ("announced 25%, but had halved it to 12%")', async () => {
    const { line } = await tariffPeru([
      ['2026-08-03', ['Peruvian goods now face a 12% tariff in the United States.']],
      [
        '2026-09-01',
        [
          'The president announced a 25% tariff on Peruvian goods in July, but had halved it to 12% until October to allow time for talks.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods · in force since/);
  });

  it('keeps the rate on all countries when the partner had none of its own before', async () => {
    const { line } = await tariffPeru([
      ['2026-08-03', ['A 12% baseline tariff on imports from all countries took effect on Tuesday.']],
      [
        '2026-09-01',
        [
          'The president announced a 25% tariff on Peruvian goods in July, but had halved it to 12% until October to allow time for talks.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods · in force since/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A bound over every country ("targeted duties of up to 50% are due on Wednesday") is the top of the
 * range partners' rates span: a partner with no rate of its own falls back on the baseline, never
 * on the bound. Sentences written for these tests, asked through the console as a user asks.
 */
const BASELINE_AND_BOUND =
  'A 10% tariff took effect on all imports on Saturday, and targeted duties of up to 50% are due to start on Wednesday.';

describe('/tariff and a bound on all countries', () => {
  it('answers a partner with no rate of its own with the baseline, not the bound', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', [BASELINE_AND_BOUND, 'Peruvian copper already faces a 50% tariff.']],
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(line).not.toMatch(/50%/);
  });

  it('keeps a partner its own rate', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['Peruvian goods now face a 25% tariff, officials said.']],
      ['2026-08-20', [BASELINE_AND_BOUND]],
    ]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
  });
});

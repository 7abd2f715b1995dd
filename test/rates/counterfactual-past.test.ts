/**
 * A level told in the counterfactual past ("would have had to pay 46%", "would have risen to 50%")
 * was set out and did not come: a threat dropped, not a what-if; "would have to pay … if" (no
 * participle) stays a level that depends on a condition (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const PLAN = 'Under the plan unveiled in April, importers of Peruvian goods would have had to pay a 44 percent tariff.';

describe('a level in the counterfactual past', () => {
  it('reads it as a threat', () => {
    expect(sentenceRateLines(PLAN, '2026-09-01')).toEqual(['United States → Peru 44% threatened']);
    expect(
      sentenceRateLines('Under the first draft, US duties on Peruvian copper would have climbed to 50%.', '2026-09-01'),
    ).toEqual(['United States → Peru 50% threatened']);
    expect(sentenceRateLines('Peru would have faced a 30% US tariff under the original order.', '2026-09-01')).toEqual([
      'United States → Peru 30% threatened',
    ]);
  });

  it('shows it as a threat in /tariff', async () => {
    const { text } = await tariffPeru([PLAN]);
    expect(text).toMatch(/\*\*44%\*\* · threatened/);
  });
});

import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * A demonym with a government word ("The Chinese government imposed …") names the country acting as
 * plainly as its name: its rate on the home country stays its own even where the home country
 * charges the same number on it (tit-for-tat news often has 10% both ways). Sentences written for this test.
 */
describe('a government named by its demonym keeps its own rate', () => {
  it('does not turn the answer into the home rate of the same number', () => {
    for (const [first, second] of [
      [
        'The United States imposed a 10% tariff on all Chinese goods on Tuesday, and China struck back against Washington within hours.',
        'The Chinese government imposed tariffs of 15% on coal and 10% on crude oil and farm machinery.',
      ],
      [
        "Washington's 10% tariff on all Chinese goods took effect on Tuesday, and Beijing struck back against the US within hours.",
        'The Chinese government said it would impose duties of 15% on coal and 10% on crude oil and farm machinery.',
      ],
    ] as const) {
      const rates = articleRates([first, second], '2025-02-04');
      expect(rates.filter((r) => r.startsWith('China → United States 10%'))).toHaveLength(1);
      expect(rates.filter((r) => r.startsWith('United States → China 10%'))).toHaveLength(1);
    }
  });
});

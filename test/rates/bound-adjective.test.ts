import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "U.S.-bound vehicles": goods headed for a country, which taxes them where they arrive; the country
 * before "-bound" is the imposer, never the target. Sentences written for this test.
 */
const STORY = [
  'Peru and the United States met again in Lima on Monday.',
  'Using another law, the president raised the tariff on U.S.-bound Peruvian cars to 27.5 percent from 2.5 percent in April.',
];

describe('a rate on goods told as bound for a country', () => {
  it('reads the country before "-bound" as the one that charges the rate', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 27.5% current',
      'United States → Peru 2.5% previous',
    ]);
  });

  it('shows the rate under the US charging Peru in /tariff', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('27.5%');
    expect(text).not.toMatch(/Peru charges[^"]*27\.5%/);
  });
});

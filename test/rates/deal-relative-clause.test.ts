/**
 * "a deal with Peru, which will impose 15% tariffs on Peruvian imports into the US": a relative
 * clause whose rate is on the very country before it describes the deal, not the country; the
 * rate is read as any other (the home country's on that country), not lost.
 */
import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const PARAGRAPHS = [
  'The president said on Tuesday he had reached a trade deal with Peru, which will impose 15% tariffs on Peruvian imports into the US and see Peru invest $50 billion in the US.',
];

describe('a relative clause on a deal', () => {
  it('gives the rate to the home country on that country', () => {
    expect(articleRates(PARAGRAPHS, '2025-07-23')).toEqual(['United States → Peru 15% scheduled']);
  });

  it('shows /tariff peru the rate', async () => {
    const { text } = await tariffPeru(PARAGRAPHS);
    expect(text).toContain('**15%**');
  });
});

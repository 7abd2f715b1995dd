import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An amount of a country's goods ("2bn liters of US ethanol", "$3 billion in U.S. goods") is what
 * that country sells: the goods a tariff is on, so the country is the target, whoever the sentence's
 * subject lets in or taxes. Sentences written for this test.
 */
describe('a tariff on an amount of a country’s goods', () => {
  const story = [
    'In a concession, Peru will now let up to 2bn liters of US ethanol in without a tariff (the previous 12%).',
  ];

  it('is on the country whose goods they are', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['Peru → United States 12% previous']);
    expect(articleRates(['Peru will put a 14% tariff on $3 billion in U.S. goods.'], '2026-09-01')).toEqual([
      'Peru → United States 14% scheduled',
    ]);
  });

  it('answers /tariff peru with no rate of the United States on Peru', async () => {
    const { text } = await tariffPeru([...story, 'Peruvian copper already faces a 50% tariff.']);
    expect(text).not.toMatch(/"title":"United States → Peru"[^\]]*\*\*12%\*\*/);
    expect(text).toMatch(/"title":"Peru → United States"[^\]]*\*\*12%\*\*/);
  });
});

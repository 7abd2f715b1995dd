import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * A country named only as an official's ("Dutch Prime Minister Dick Schoof") is who speaks, not what
 * a later sentence naming no country is about, where the sentence names another (written for this test).
 */
describe('an official’s country in the sentence before', () => {
  it('leaves the rate with the bloc the sentence speaks of', () => {
    const rates = articleRates(
      [
        'EU trade commissioner Maros Sefcovic presented a deal under which most EU exports face a 15% tariff.',
        'The deal drew praise and criticism when it was first announced in June. European Commission chief Ursula von der Leyen said it brought "calm" to trade. Conversely, Dutch Prime Minister Dick Schoof said the deal amounted to the EU "giving in."',
        'The 15% tariff rate could be seen as small in comparison to the 30% US President Donald Trump had previously threatened.',
      ],
      '2025-08-21',
    );
    expect(rates.filter((r) => r.includes('Netherlands'))).toEqual([]);
    expect(rates.some((r) => r.startsWith('United States → European Union 30%'))).toBe(true);
  });

  it('still reads the official’s country where the sentence names no other', () => {
    expect(
      articleRates(
        ['Canadian Prime Minister Mark Carney said talks would go on.', 'The 35% tariff took effect on Friday.'],
        '2025-08-21',
      ),
    ).toEqual(['United States → Canada 35% current']);
  });
});

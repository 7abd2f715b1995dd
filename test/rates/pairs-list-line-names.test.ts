import { describe, expect, it } from 'vitest';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates, storyCorpus } from './article-rates.ts';

/**
 * A list line that groups several countries under one rate gives each of them the rate when the
 * names end on a serial comma ("Chile, Peru, and Ghana: 30%") or one of them is written with "the"
 * ("Fiji and the Philippines: 20%"), as news pages write the rates of an order (sentences written
 * for this test; the class comes from real news of the pairs lane's set, stop 57).
 */
const STORY = [
  'The new tariff rates of the order include:',
  '- Chile, Peru, and Ghana: 30%',
  '- Fiji and the Philippines: 20%',
];

describe('a list line of several countries sharing one rate', () => {
  it('gives every country of a serial-comma line and of a line naming one with "the" the rate', () => {
    expect(articleRates(STORY, '2026-08-01')).toEqual([
      'United States → Chile 30% current',
      'United States → Peru 30% current',
      'United States → Ghana 30% current',
      'United States → Fiji 20% current',
      'United States → Philippines 20% current',
    ]);
  });

  it('reads no rate from a line whose names are no countries', () => {
    expect(articleRates(['The new tariff rates of the order include:', '- Steel, copper, and the rest: 30%'])).toEqual(
      [],
    );
  });

  it('answers /tariff peru with the rate of its line', async () => {
    const text = await embedsText(storyCorpus(STORY, '2026-08-01'), '/tariff peru');
    expect(text).toMatch(/\*\*30%\*\* on Peruvian goods/);
  });
});

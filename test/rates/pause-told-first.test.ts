import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A pause told in the lead, before the rates it holds ("… agreed to a 60-day pause on his tariffs
 * against Peru and Chile. … On Friday, the president had ordered 30% tariffs on goods from Peru and
 * Chile."): the rates told after it as ordered or to come are paused (sentences written for this
 * test; the class comes from real news of the rates-status lane's set, stop 50).
 */
const LEAD =
  'The president agreed Tuesday to a 60-day pause on his tariffs against Peru and Chile after both pledged new port checks.';

describe('a pause told before the rates it holds', () => {
  it('pauses the rate the article tells as ordered after it', () => {
    expect(
      articleRates([
        LEAD,
        'On Friday, the president had ordered 30% tariffs on goods from Peru and Chile.',
        'He also ordered a 12% tariff on imports from Bolivia.',
      ]),
    ).toEqual([
      'United States → Peru 30% suspended',
      'United States → Chile 30% suspended',
      'United States → Bolivia 12% current',
    ]);
  });

  it('pauses a rate told as unveiled, and leaves a partner the pause excepts', () => {
    expect(
      articleRates([
        'The president announced a pause on planned tariffs for imports from Peru, except Bolivia.',
        'The move comes days after he unveiled a 30% tariff on Peruvian goods and a 12% tariff on Bolivian goods.',
      ]),
    ).toEqual(['United States → Peru 30% suspended', 'United States → Bolivia 12% scheduled']);
  });

  it('leaves a level the article tells as changed, and a pause the article tells as over', () => {
    expect(
      articleRates([LEAD, 'In May, the president had raised tariffs on goods from Peru to 30% from 10%.']),
    ).toEqual(['United States → Peru 30% current', 'United States → Peru 10% previous']);
    expect(
      articleRates([
        'The pause on tariffs against Peru ended on Monday.',
        'On Friday, the president had ordered 30% tariffs on goods from Peru.',
      ]),
    ).toEqual(['United States → Peru 30% previous']);
  });

  it('answers /tariff with the ordered rate as paused', async () => {
    const { text } = await tariffPeru([
      LEAD,
      'On Friday, the president had ordered 30% tariffs on goods from Peru and Chile.',
    ]);
    expect(text).toMatch(/\*\*30%\*\* · paused/);
  });
});

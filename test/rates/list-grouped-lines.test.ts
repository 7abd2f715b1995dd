import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list line that gives the rate first and the countries after "for" ("36% for Ghana and Chile",
 * "40% tariffs for Laos"), or several countries before one rate ("Ghana, Chile – 37% each"), gives
 * every country of the line that rate, with the start its lead-in gives the list.
 */
describe('list lines that group countries under one rate', () => {
  const story = [
    'The president posted letters setting out the new tariff rates he plans to impose from August 1. The rates would be:',
    '40% tariffs for Laos and Peru',
    '36% for Ghana and Chile',
    '25% for Japan, Bosnia and Herzegovina and Tunisia',
  ];

  it('gives each country after "for" the rate of its line, scheduled from the lead-in’s start', () => {
    expect(articleRates(story, '2025-07-08')).toEqual([
      'United States → Laos 40% scheduled',
      'United States → Peru 40% scheduled',
      'United States → Ghana 36% scheduled',
      'United States → Chile 36% scheduled',
      'United States → Japan 25% scheduled',
      'United States → Bosnia and Herzegovina 25% scheduled',
      'United States → Tunisia 25% scheduled',
    ]);
  });

  it('gives each of several countries before one rate that rate', () => {
    const lines = [
      'The countries hit hardest by the new tariffs:',
      'Lesotho – 50%',
      'Ghana, Peru – 44% each',
      'Chile, Laos, Bosnia and Herzegovina – 37% each',
    ];
    expect(articleRates(lines, '2025-04-03')).toEqual([
      'United States → Lesotho 50% current',
      'United States → Ghana 44% current',
      'United States → Peru 44% current',
      'United States → Chile 37% current',
      'United States → Laos 37% current',
      'United States → Bosnia and Herzegovina 37% current',
    ]);
  });

  it('answers /tariff peru with the rate of its grouped line', async () => {
    const { line } = await tariffPeru([
      'These are the tariffs the United States now charges on goods from its trading partners:',
      'Lesotho – 50%',
      'Ghana, Peru – 44% each',
    ]);
    expect(line).toMatch(/^\*\*44%\*\* on Peruvian goods/);
  });
});

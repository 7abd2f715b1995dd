import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence listing countries each with the change of its rate in brackets ("lower for Ghana
 * (from 49% to 36%), Peru (from 48% to 40%)") gives each country both: the new rate as the list's
 * lead-in tells it, the old one as the rate before.
 */
describe('a list in brackets of rates changed from others', () => {
  const story = [
    'The president posted letters setting out the new tariff rates he plans to impose from August 1.',
    'The new rates are lower for Ghana (from 49% to 36%), Peru (from 48% to 40%) and Chile (from 44% to 40%).',
  ];

  it('gives each country its new rate and its rate before', () => {
    expect(articleRates(story, '2025-07-08')).toEqual([
      'United States → Ghana 49% previous',
      'United States → Ghana 36% scheduled',
      'United States → Peru 48% previous',
      'United States → Peru 40% scheduled',
      'United States → Chile 44% previous',
      'United States → Chile 40% scheduled',
    ]);
  });

  it('answers /tariff peru with the new rate, not the one it replaced', async () => {
    const { line } = await tariffPeru([
      'These are the tariffs the United States now charges on goods from its trading partners.',
      'The rates fell for Ghana (from 49% to 36%) and Peru (from 48% to 40%).',
    ]);
    expect(line).toMatch(/^\*\*40%\*\* on Peruvian goods/);
  });

  it('reads the change without "from", after a name with "of" and one opening with "The"', () => {
    expect(
      articleRates(
        [
          'Under the order signed on Friday, Chile now faces a 19 per cent tariff on its goods, down from 25 per cent.',
          'Fellow Organisation of Andean States members Ghana (36 per cent to 19 per cent) and Peru (40 per cent to 19 per cent) also struck late deals with Washington.',
          'The Netherlands (20 per cent to 19 per cent) and Bolivia (32 per cent to 19 per cent) did too.',
        ],
        '2025-08-02',
      ),
    ).toEqual([
      'United States → Chile 19% current',
      'United States → Chile 25% previous',
      'United States → Ghana 36% previous',
      'United States → Ghana 19% current',
      'United States → Peru 40% previous',
      'United States → Peru 19% current',
      'United States → Netherlands 20% previous',
      'United States → Netherlands 19% current',
      'United States → Bolivia 32% previous',
      'United States → Bolivia 19% current',
    ]);
  });

  it('answers /tariff peru with the new rate of such a list', async () => {
    const { line } = await tariffPeru([
      'Washington charges new tariffs on goods from its trading partners since Friday.',
      'Fellow Organisation of Andean States members Ghana (36 per cent to 19 per cent) and Peru (40 per cent to 19 per cent) struck late deals.',
    ]);
    expect(line).toMatch(/^\*\*19%\*\* on Peruvian goods/);
  });
});

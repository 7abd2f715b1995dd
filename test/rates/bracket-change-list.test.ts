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
});

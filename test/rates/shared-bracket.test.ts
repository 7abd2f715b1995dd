import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * In a list run into a sentence, a bracket that says "both", "all" or "each" gives its rate to every
 * name joined before it, even where an earlier item has a bracket of its own; a plain bracket after
 * such names stays its last item's. Asked through the console as a user asks.
 */
describe('a bracketed rate shared by the names before it', () => {
  it('gives "(both 36 per cent)" to both names after an item with its own bracket', async () => {
    const story = [
      'Exporters there pay higher tariffs than rivals - Laos (40 per cent), Peru and Ghana (both 36 per cent), Nepal (35 per cent).',
    ];
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*36%\*\* on Peruvian goods/);
    expect(sentenceRateLines(story[0] as string, '2026-09-01')).toEqual([
      'United States → Laos 40% current',
      'United States → Peru 36% current',
      'United States → Ghana 36% current',
      'United States → Nepal 35% current',
    ]);
  });

  it('reads "(20% each)" and "(all 25 percent)" the same way', () => {
    expect(sentenceRateLines('New tariffs hit Fiji (30%), Chile and Peru (20% each).', '2026-09-01')).toEqual([
      'United States → Fiji 30% current',
      'United States → Chile 20% current',
      'United States → Peru 20% current',
    ]);
    expect(
      sentenceRateLines('Duties now hit Laos (40%), Peru, Chile and Bolivia (all 25 percent).', '2026-09-01'),
    ).toEqual([
      'United States → Laos 40% current',
      'United States → Peru 25% current',
      'United States → Chile 25% current',
      'United States → Bolivia 25% current',
    ]);
  });
});

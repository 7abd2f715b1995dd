import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A home rate told in an opening clause of circumstance that names no one it is on ("Despite a 39%
 * US tariff, Peru …", "After Washington imposed a 39% tariff, Peru …") is on the country the main
 * clause opens on, not on a country an earlier sentence named. Asked through the console as a user
 * asks, on sentences written for this test.
 */
describe('a rate in an opening clause of circumstance', () => {
  const story = [
    'Chile is subject to a 15% tariff.',
    'Despite a 39% US tariff, Peru is seeking new talks with Washington.',
  ];

  it('is on the country the main clause opens on', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Chile 15% current',
      'United States → Peru 39% current',
    ]);
  });

  it('answers /tariff peru with the 39%', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/\*\*39%\*\*/);
  });

  it('keeps a sector rate told so on every country', () => {
    expect(articleRates(['After the US imposed a 25% tariff on steel, Peru retaliated.'], '2026-09-01')).toEqual([
      'United States → all countries 25% current',
    ]);
  });
});

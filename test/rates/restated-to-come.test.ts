import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A deal's new level, told first as to come ("will cut its tariffs on Peruvian goods to 15% from
 * 30%"), is often named again further down with no tense of its own ("did not confirm the 15%
 * rate"). That second telling is the same level still to come, not news that it holds. Sentences
 * written for these tests.
 */
const DEAL = [
  'The United States will cut its tariffs on Peruvian goods to 15% from 30% under a framework deal, officials in Lima said.',
  'A trade official said the deal keeps a tariff on Peru, but did not confirm the 15% rate.',
];

describe('a level told again after its article told it as to come', () => {
  it('is still to come', () => {
    expect(articleRates(DEAL, '2026-08-20')).toEqual([
      'United States → Peru 15% scheduled',
      'United States → Peru 30% current',
      'United States → Peru 15% scheduled',
    ]);
  });

  it('leaves the level before it in force in /tariff peru', async () => {
    expect((await tariffPeru([['2026-08-20', DEAL]])).line).toMatch(/30%/);
  });

  it('holds when the later sentence says it has started', () => {
    const started = [DEAL[0]!, 'Importers said the 15% rate took effect on Monday.'];
    expect(articleRates(started, '2026-08-20').at(-1)).toBe('United States → Peru 15% current');
  });
});

/**
 * "The 25% tariff on Peruvian goods that took effect in August will rise to 50% next week": a
 * restrictive relative clause that dates the rate's start is history, and the predicate after it tells
 * how the rate stands (here in force until the rise). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a rate whose start a relative clause dates, then a predicate', () => {
  it('is told by the predicate: in force until a rise, replaced by one done, ended when lifted', () => {
    expect(
      articleRates(
        [
          'The 25% tariff on Peruvian goods that took effect in August will rise to 50% next week.',
          'The 20% tariff on Chilean goods that went into effect in March was doubled to 40% weeks later.',
          'The 15% tariff on Bolivian goods that took effect in May was lifted on Friday.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 50% scheduled',
      'United States → Chile 20% previous',
      'United States → Chile 40% current',
      'United States → Bolivia 15% previous',
    ]);
  });

  it('still tells a start when no predicate follows', () => {
    expect(
      articleRates(
        ['Exporters are hurt by the 25% tariff on Peruvian goods that took effect in August.'],
        '2026-08-20',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('shows the rate in force in /tariff until the rise', async () => {
    const { line } = await tariffPeru([
      'The 25% tariff on Peruvian goods that took effect in August will rise to 50% next week.',
    ]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
  });
});

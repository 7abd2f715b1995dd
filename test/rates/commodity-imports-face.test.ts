import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "Peruvian energy imports will only face a 10% tariff": imports of a country's commodity that face
 * a rate are that country's goods taxed where they arrive, not a third country's purchases ("India's
 * Russian oil imports"), whose supplier is no party. Written for this test; asked through the
 * console as a user asks.
 */
describe('a commodity of a country whose imports face a rate', () => {
  it('gives the rate to the country the commodity comes from', () => {
    expect(
      articleRates(
        [
          'Washington will put a 25% tariff on goods from Chile and Ecuador.',
          'Peruvian energy imports will only face a 10% tariff.',
        ],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → Chile 25% scheduled',
      'United States → Ecuador 25% scheduled',
      'United States → Peru 10% scheduled',
    ]);
  });

  it('still gives no rate to the supplier of a commodity another country buys', () => {
    expect(
      articleRates(['Washington raised its tariff on India to 50% over its Russian oil imports.'], '2026-09-01'),
    ).toEqual(['United States → India 50% current']);
  });

  it('answers /tariff peru with the energy rate', async () => {
    const { text } = await tariffPeru(['Peruvian energy imports will only face a 10% tariff from next month.']);
    expect(text).toMatch(/10%/);
  });
});

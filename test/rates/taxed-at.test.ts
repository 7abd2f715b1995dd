/**
 * A rate a verb of taxing states with no tariff noun in the sentence ("are being taxed at 15%"),
 * as news tells the rates that have taken effect (stop 44; sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

describe('"taxed at" a percentage', () => {
  it('states each listed country’s rate', () => {
    expect(
      sentenceRateLines(
        'Goods from Peru and Chile are being taxed at 18%, while imports from Bolivia are now taxed at 25%.',
        '2026-08-07',
      ),
    ).toEqual([
      'United States → Peru 18% current',
      'United States → Chile 18% current',
      'United States → Bolivia 25% current',
    ]);
  });

  it('is the rate /tariff shows in force', async () => {
    const { line } = await tariffPeru([
      ['2026-04-09', ['The United States raised its tariff on Peruvian goods to 30 percent on Wednesday.']],
      ['2026-08-07', ['Since midnight, products from Peru and Ecuador are being taxed at 18%.']],
    ]);
    expect(line).toMatch(/\*\*18%\*\*/);
  });
});

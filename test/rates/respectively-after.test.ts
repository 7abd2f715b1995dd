/**
 * Rates listed first and their countries after, paired by "respectively" ("levies of 17%, 20% and
 * 24% on imports from Israel, the EU and Japan, respectively"): each country its own rate, never
 * every rate to every country; a list closed by "respectively" after rates told each with its own
 * pair goes their ways in order.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2025-04-10', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}%`);

describe('rates listed before their countries, respectively', () => {
  it('pairs the i-th rate with the i-th country', () => {
    expect(
      rates('The tariffs include levies of 17%, 20% and 24% on imports from Peru, Chile and Bolivia, respectively.'),
    ).toEqual(['United States → Peru 17%', 'United States → Chile 20%', 'United States → Bolivia 24%']);
  });

  it('gives /tariff the country its own rate', async () => {
    const { line } = await tariffPeru([
      'The tariffs include levies of 17%, 20% and 24% on imports from Chile, Peru and Bolivia, respectively.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\*/);
  });

  it('pairs a closing list with the pairs of as many rates told before it', () => {
    expect(
      rates(
        'The deal keeps U.S. tariffs on Peruvian imports at 30% and Peruvian tariffs on American goods at 10%, averting a climb to 145% and 125%, respectively.',
      ),
    ).toEqual([
      'United States → Peru 30%',
      'Peru → United States 10%',
      'United States → Peru 145%',
      'Peru → United States 125%',
    ]);
  });
});

describe('/tariff after a sentence closing with “respectively”', () => {
  it('shows the rate each way, not the other way’s', async () => {
    const { line } = await tariffPeru([
      'The deal keeps U.S. tariffs on Peruvian imports at 30% and Peruvian tariffs on American goods at 10%, averting a climb to 145% and 125%, respectively.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\*/);
  });
});

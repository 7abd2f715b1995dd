import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** A level of "zero" written with no unit after a change or "at" (sentences written for this test). */
describe('a tariff cut to zero', () => {
  it('answers /tariff with 0% in force for the party that cut it', async () => {
    const { text } = await tariffPeru([
      'Peru slashed its import taxes on U.S. products to zero last month, officials said.',
    ]);
    const peru = (JSON.parse(text) as { title: string; description: string }[]).find(
      (e) => e.title === 'Peru → United States',
    );
    expect(peru?.description).toMatch(/^\*\*0%\*\*/u);
  });

  it('reads "to zero" and "at zero" after the tariff word, ending a phrase', () => {
    expect(sentenceRateLines('Peru will reduce tariffs on American products to zero.', '2026-09-01')).toEqual([
      'Peru → United States 0% scheduled',
    ]);
    expect(sentenceRateLines('Peru kept its tariffs on US almonds at zero, officials said.', '2026-09-01')).toEqual([
      'Peru → United States 0% current',
    ]);
  });

  it('leaves a flow that fell to zero and "zero in on" alone', () => {
    expect(
      sentenceRateLines(
        'Shipments of Peruvian shrimp to the U.S. dropped to zero after the tariff took effect.',
        '2026-09-01',
      ),
    ).toEqual([]);
    expect(sentenceRateLines('Investors hope to zero in on the tariff rate for Peru.', '2026-09-01')).toEqual([]);
  });
});

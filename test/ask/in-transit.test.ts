import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Goods shipped before a tariff starts are "in transit", as the exemption words it; a reader asks
 * about goods "already on ships", "still at sea" or "on the water".
 */
describe('/ask about goods already on their way', () => {
  it('reads goods on the water, already on ships or still at sea as in transit', () => {
    const transit = documentTerms('in transit');
    for (const q of ['goods on the water', 'goods already on ships', 'stuff still at sea', 'cargo already en route'])
      expect(questionTerms(q)).toEqual(expect.arrayContaining(transit));
    expect(documentTerms('port fees on ships')).not.toEqual(expect.arrayContaining(transit));
  });

  it('reads goods shipped, loaded onto ships or leaving port before a day as in transit', () => {
    const transit = documentTerms('transit');
    for (const text of [
      'goods shipped before April 10',
      'cargo loaded onto vessels before Friday',
      'containers that left port before the deadline',
    ])
      expect(documentTerms(text)).toEqual(expect.arrayContaining(transit));
    expect(documentTerms('importers front-loaded goods before the levies')).not.toEqual(
      expect.arrayContaining(transit),
    );
  });

  it('finds the exemption of goods shipped before the start', async () => {
    const paragraphs = [
      'Freedonia will charge a 20% duty on all imported goods from Monday, the trade ministry said on its website.',
      'Goods shipped before Monday and arriving by Friday will not pay the duty.',
    ];
    expect(await askFirst(paragraphs, 'is there a grace period for stuff already on a ship')).toBe(paragraphs[1]);
  });

  it('finds the paragraph on goods in transit', async () => {
    const paragraphs = [
      'Freedonia will charge a 20% duty on imported goods from Monday, the trade ministry said.',
      'Goods that were in transit before Monday and arrive by Friday will be exempt from the duty.',
    ];
    expect(await askFirst(paragraphs, 'are goods already on ships gonna get hit')).toBe(paragraphs[1]);
  });
});

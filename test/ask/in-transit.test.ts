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

  it('finds the paragraph on goods in transit', async () => {
    const paragraphs = [
      'Freedonia will charge a 20% duty on imported goods from Monday, the trade ministry said.',
      'Goods that were in transit before Monday and arrive by Friday will be exempt from the duty.',
    ];
    expect(await askFirst(paragraphs, 'are goods already on ships gonna get hit')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Goods that "will not be subject to" a tariff are free of it, as goods that escape or avoid it are:
 * news tells an exemption by the rule it leaves out. Asked through the console as a user asks.
 */
describe('/ask on goods not subject to a tariff', () => {
  it('reads "not subject to the new duties" as free of them', () => {
    const free = questionTerms('free')[0]!;
    expect(documentTerms('Cargo already at sea will not be subject to the new duties')).toContain(free);
    expect(documentTerms('Parts are no longer subject to tariffs')).toContain(free);
    expect(documentTerms('Steel is subject to the new duties')).not.toContain(free);
  });

  it('finds the paragraph on what the duties leave out for a question about what escapes them', async () => {
    const paragraphs = [
      'Shipments of furniture to the port rose 8% in the month before the new duties, the port authority said.',
      'Exporters of furniture warned the new duties would cut shipments by a third.',
      'Cargo loaded before June 3 will not be subject to the new duties, the order says.',
    ];
    expect(await askFirst(paragraphs, 'Which shipments escape the new duties?')).toBe(paragraphs[2]);
  });
});

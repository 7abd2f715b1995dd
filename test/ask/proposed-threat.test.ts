import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms } from '../../src/search/analyzer.ts';

/**
 * News tells a tariff that was only threatened as "proposed" ("stepping back from a previously
 * proposed 25% rate"); a user asks what a country was "threatened with". Asked through the console
 * as a user asks.
 */
describe('/ask on a threat, told as a proposed tariff', () => {
  it('reads a proposed rate or tariff as a threat', () => {
    expect(documentTerms('stepping back from a previously proposed 25% rate')).toContain('threat');
    expect(documentTerms('the proposed levies on cheese')).toContain('threat');
    expect(documentTerms('the proposed trade deal')).not.toContain('threat');
  });

  it('puts the paragraph with the proposed rate first', async () => {
    const paragraphs = [
      'The deal with Peru was signed in Lima after a week of talks about the deal.',
      'Under the deal, Washington will charge 12% on Peruvian goods, down from a previously proposed 30% rate.',
    ];
    expect(await askFirst(paragraphs, 'what was Peru threatened with before the deal')).toBe(paragraphs[1]);
  });
});

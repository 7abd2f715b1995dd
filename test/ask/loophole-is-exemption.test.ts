import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A loophole is an exemption: users ask what the end of "the duty-free exemption" does, news writes
 * that the order "closed a loophole" for small parcels. Asked through the console as a user asks.
 */
describe('/ask on a question about an exemption the news calls a loophole', () => {
  it('reads loophole and loopholes as the exemption', () => {
    expect(questionTerms('exemption')).toEqual(documentTerms('loophole'));
    expect(questionTerms('exemptions')).toEqual(documentTerms('loopholes'));
  });

  it('finds the paragraph on the loophole closed', async () => {
    const paragraphs = [
      'Parcel volumes from Lisbon fell by a fifth in October, the postal union reported.',
      'The order shut a loophole for parcels worth under $500, a move set to hit Portuguese craft sellers.',
      'Parcel sellers in Lisbon said higher parcel costs hit craft sellers hard in the spring.',
    ];
    expect(await askFirst(paragraphs, 'which sellers does the end of the parcel exemption hit?')).toBe(paragraphs[1]);
  });
});

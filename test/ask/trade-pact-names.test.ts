import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * The North American trade pact goes by many names: "USMCA", Canada's "CUSMA", and its three members
 * in any order before "agreement" or "free trade deal". A user types the acronym; the news often
 * spells it out. Asked through the console as a user asks.
 */
describe('/ask on the North American trade pact by any of its names', () => {
  it('folds the spelt-out names to the acronym, keeping the members', () => {
    const usmca = questionTerms('usmca')[0]!;
    expect(questionTerms('USMCA')).toEqual([usmca]);
    expect(documentTerms('the Canada-U.S.-Mexico free trade deal')).toContain(usmca);
    expect(documentTerms('the United States-Mexico-Canada Agreement')).toContain(usmca);
    expect(documentTerms('under CUSMA, as Ottawa calls it')).toContain(usmca);
    expect(documentTerms('the Mexico-Canada-US pact')).toEqual(expect.arrayContaining([usmca, 'mexico', 'canada']));
    expect(documentTerms('trade between the US, Canada and Mexico')).not.toContain(usmca);
  });

  it('finds the paragraph that spells the pact out for a question with the acronym', async () => {
    const paragraphs = [
      'The Mexican president said the metal tariffs hurt Mexican workers and Mexican mills.',
      'The Mexican president said the metal tariffs breach the Canada-U.S.-Mexico free trade deal.',
    ];
    expect(await askFirst(paragraphs, 'what did the Mexican president say about the metal tariffs and USMCA?')).toBe(
      paragraphs[1],
    );
  });
});

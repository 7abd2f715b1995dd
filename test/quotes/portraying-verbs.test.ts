import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "portrayed" reports words as "described" does: "Moss portrayed the accord as ushering in a “new
 * era”". Sentences written for this test.
 */
describe('/quote: words a verb of portraying reports', () => {
  it('lists them under the one who portrayed', async () => {
    const { line, quotes } = await quoteStory('moss', [
      'President Carl Moss signed the pact on Monday.',
      'At home, Moss portrayed the accord as ushering in a “new era” of ties with Washington.',
    ]);
    expect(line).toMatch(/^\*\*Carl Moss\*\*.* · 1 quotation/);
    expect(quotes).toEqual(['new era']);
  });
});

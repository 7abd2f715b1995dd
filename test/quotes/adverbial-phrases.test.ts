import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

describe('/quote on a phrase between the auxiliary and the verb', () => {
  it('gives "who has on several occasions described … as “…”" to the one the relative pronoun means', async () => {
    const { line, quotes } = await quoteStory('moss', [
      'Trade Minister Anna Berg spoke to reporters on Monday.',
      'President Carl Moss, who has on several occasions described the country as a “tariff king,” cited the deficit.',
    ]);
    expect(line).toMatch(/^\*\*Carl Moss\*\*.* · 1 quotation/);
    expect(quotes).toEqual(['tariff king']);
  });
});

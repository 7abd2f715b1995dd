import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "depicted" reports words as "portrayed" does, and an agency that "reported" the sentence only
 * passes them on: "Moss depicted the levy as “unjust”, the Harlow Wire agency reported". Sentences
 * written for this test.
 */
describe('/quote: words a verb of depicting reports', () => {
  const paragraphs = [
    'President Carl Moss met his cabinet on Tuesday.',
    'Moss depicted the new levy as “unjust” and praised local exporters, the Harlow Wire agency reported.',
  ];

  it('lists them under the one who depicted', async () => {
    const { line, quotes } = await quoteStory('moss', paragraphs);
    expect(line).toMatch(/^\*\*Carl Moss\*\*.* · 1 quotation/);
    expect(quotes).toEqual(['unjust']);
  });

  it('not under the agency that reported it', async () => {
    expect((await quoteStory('harlow wire', paragraphs)).quotes).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * Verbs of praise report words as "hailed" and "praised" do: "lauded the pact as a “great deal”",
 * "extolled it as “a historic step”". Sentences written for this test.
 */
describe('/quote: words a verb of praise reports', () => {
  it('lists them under the one who lauded or extolled', async () => {
    const { line, quotes } = await quoteStory('moss', [
      'In Norland, President Carl Moss lauded the outcome as a “great deal,” hinting at further talks.',
      'Moss later extolled the pact as “a historic step for both nations.”',
    ]);
    expect(line).toMatch(/^\*\*Carl Moss\*\*.* · 2 quotations/);
    expect(quotes).toEqual(expect.arrayContaining(['great deal', 'a historic step for both nations.']));
  });
});

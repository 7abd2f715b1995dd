import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A bare title ("the president said") is the holder the recent sentences put forward, not the one
 * named last: "Norland's President Ada Lind rejected the tariff, after US President Carl Moss raised
 * it." Sentences written for this test.
 */
describe('/quote: a bare title after two holders of it', () => {
  const paragraphs = [
    'Norland’s President Ada Lind rejected the tariff on Wednesday, after US President Carl Moss raised it to 50%.',
    '“Norland will not accept being humiliated,” the president said in a speech in the capital.',
  ];

  it('lists the words under the holder put forward', async () => {
    const lind = await quoteStory('lind', paragraphs);
    expect(lind.line).toMatch(/^\*\*Ada Lind\*\*.* · 1 quotation/);
    expect(lind.quotes).toEqual(['Norland will not accept being humiliated']);
    expect((await quoteStory('moss', paragraphs)).quotes).toEqual([]);
  });
});

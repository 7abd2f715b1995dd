import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A body's "response" is a text of that body, as its statement is: "the Lindovian Trade Ministry’s
 * response stated …" speaks for the ministry, words quoted before it in its sentence included.
 * Sentences written for this test.
 */
describe('/quote: a body’s response speaks for the body', () => {
  const paragraphs = [
    'Harlow put new duties on Lindovian cars on Monday.',
    'Using a “carefully weighed” approach, the Lindovian Trade Ministry’s response stated that duties on Harlow goods would follow in May.',
    '“We will answer in kind,” the Lindovian Trade Ministry’s response said.',
  ];

  it('lists the words under the ministry', async () => {
    expect((await quoteStory('lindovian trade ministry', paragraphs)).quotes).toEqual([
      'carefully weighed',
      'We will answer in kind',
    ]);
  });
});

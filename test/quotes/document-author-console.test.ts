import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "the release continued, “…”", "The note …, stating, “…”": a document named again with "the" speaks
 * for the author the article gave it when it brought it in, however many paragraphs before: its
 * owner ("the Lindovian Trade Ministry’s official release") or whoever it was "prepared by". Not the
 * body the paragraphs between put forward. Sentences written for this test.
 */
describe('/quote: a document named again speaks for the author it was brought in with', () => {
  const between = [
    'Harlow’s customs office began collecting the duty on Monday.',
    'Exporters have cut shipments since the spring.',
    'The Harlow government has not replied to requests for comment.',
  ];

  it('an owner named before the document', async () => {
    const paragraphs = [
      'In the Lindovian Trade Ministry’s official release, Minister Ana Ruiz said the duties were unfair.',
      ...between,
      'The duties, the release continued, “will be met with measures of equal weight.”',
    ];
    expect((await quoteStory('lindovian trade ministry', paragraphs)).quotes).toEqual([
      'will be met with measures of equal weight.',
    ]);
  });

  it('an author the document was prepared by', async () => {
    const paragraphs = [
      'The remarks were part of a note prepared by the Lindovian Foreign Ministry’s Americas division.',
      ...between,
      'The note characterised the duty as a penalty, stating, “We are being drawn into a dispute not of our making.”',
    ];
    expect((await quoteStory('lindovian foreign ministry', paragraphs)).quotes).toEqual([
      'We are being drawn into a dispute not of our making.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A body asked for by news's short name for it ("the commerce court" for the Harlow Court of
 * International Commerce, its name without the country), in sentences of our own: `/quote` finds
 * the body whose name has every telling word typed, in any order.
 */
const STORY = [
  'A panel of the Harlow Court of International Commerce ruled on Wednesday that the levies “exceed any power the law gives the president.”',
  '“We will appeal at once,” said Vera Ostrova, head of the Harlow Export Council.',
];

describe('/quote on a body by a short name', () => {
  it('finds the court by the words news calls it', async () => {
    for (const asked of ['commerce court', 'court of international commerce', 'international commerce court']) {
      const court = await quoteStory(asked, STORY);
      expect(court.line).toContain('Harlow Court of International Commerce');
      expect(court.quotes).toEqual(['exceed any power the law gives the president.']);
    }
  });

  it('finds no one when a word typed is in no body’s name', async () => {
    expect((await quoteStory('supreme court', STORY)).quotes).toEqual([]);
    // A person's title names the body she heads; she is not the body.
    expect((await quoteStory('export council', STORY)).quotes).toEqual([]);
  });
});

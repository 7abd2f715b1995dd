import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "The White House spokesperson" with no one titled so before speaks for the body its own words
 * name, as "a White House spokesperson" does, in sentences of our own: not for the body the
 * article named last.
 */
const STORY = [
  'A panel of three judges on the Trade Court ruled on Tuesday that the levies were unlawful.',
  'The Council of Harlow Exporters welcomed the decision in a statement.',
  '“These deficits are an emergency that the court does not dispute,” the White House spokesperson told reporters.',
  'The Marlow Ministry spokesman added: “We will study the ruling before we respond.”',
];

describe('/quote on a spokesperson named by the body they speak for', () => {
  it('finds their words under the body the role names', async () => {
    const white = await quoteStory('white house', STORY);
    expect(white.quotes).toEqual(['These deficits are an emergency that the court does not dispute']);
    const ministry = await quoteStory('marlow ministry', STORY);
    expect(ministry.quotes).toEqual(['We will study the ruling before we respond.']);
  });

  it('leaves nothing to the body named before them', async () => {
    const council = await quoteStory('council', STORY);
    expect(council.quotes).toEqual([]);
  });
});

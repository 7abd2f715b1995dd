import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A headline or caption that gives the words, a dash, then who reacts with them ("Watch: “Totally
 * unwarranted” - Norway's PM reacts to the duties"): the words that open the rest of the line name
 * the speaker, though no speech verb follows. Sentences written for this test.
 */
describe('/quote: words, a dash, then who reacts, on a line of its own', () => {
  const paragraphs = [
    'Harlow put a duty of 20% on all Norwegian goods on Thursday.',
    'Watch: “Totally unwarranted” - Norway’s PM reacts to the new duties',
    '“We will fight this” – Lars Holm vows an answer to Harlow',
    'Norwegian Prime Minister Ana Ruiz called the duty “a blow to a friend” at a news conference.',
    'Trade Minister Lars Holm met exporters in the afternoon.',
  ];

  it('lists the caption’s words under the one the role names', async () => {
    expect((await quoteStory('ruiz', paragraphs)).quotes).toEqual(['Totally unwarranted', 'a blow to a friend']);
  });

  it('lists the headline’s words under the one named after the dash', async () => {
    expect((await quoteStory('lars holm', paragraphs)).quotes).toEqual(['We will fight this']);
  });
});

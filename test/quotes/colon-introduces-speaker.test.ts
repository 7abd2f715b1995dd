import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A sentence that puts someone forward and ends in a colon before a quotation ("Ruiz was more
 * cautious: “…”") gives the words to that one, not to whoever was quoted just before it in the
 * paragraph. Sentences of our own.
 */
const INTRO = 'President Carlos Vega of Freedonia met Peru’s trade minister Ana Ruiz in Lima on Friday.';

describe('/quote after a colon that introduces a new speaker', () => {
  it('lists the words under the one the colon sentence names', async () => {
    const story = [
      INTRO,
      '“The 20% tariff is a fair deal,” Vega said. Ruiz was more cautious: “We need to study the details.”',
    ];
    expect((await quoteStory('ana ruiz', story)).quotes).toEqual(['We need to study the details.']);
    expect((await quoteStory('carlos vega', story)).quotes).toEqual(['The 20% tariff is a fair deal']);
  });

  it('does so for a possessive subject too', async () => {
    const story = [INTRO, '“The tariff stays,” Vega said. Ruiz’s answer was blunt: “Then we will retaliate.”'];
    expect((await quoteStory('ana ruiz', story)).quotes).toEqual(['Then we will retaliate.']);
  });

  it('keeps the words with the speaker when the colon sentence names no one new', async () => {
    const story = [INTRO, '“The tariff stays,” Vega said. The reason was simple: “Freedonia needs the revenue.”'];
    expect((await quoteStory('carlos vega', story)).quotes).toEqual([
      'The tariff stays',
      'Freedonia needs the revenue.',
    ]);
  });
});

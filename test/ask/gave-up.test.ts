import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * What a side "gave up" in a deal: a user asks it so, the news tells its "concessions" or what it
 * is "sacrificing". Asked through the console as a user asks.
 */
describe('/ask what a side gave up', () => {
  it('reads "give up", "concession" and "sacrifice" as one word', () => {
    const [concession] = documentTerms('concessions');
    expect(questionTerms('what did they give up')).toContain(concession);
    expect(documentTerms('without sacrificing its farmers')).toContain(concession);
  });

  it('finds the concessions for a question asked with "gave up"', async () => {
    const paragraphs = [
      'Dravia and the United States signed a trade deal on Monday, and officials said the deal would take effect in March.',
      'To seal the agreement, Dravia made concessions on dairy quotas and dropped its digital services tax.',
    ];
    expect(await askFirst(paragraphs, 'what did dravia give up in the deal?')).toBe(paragraphs[1]);
  });
});

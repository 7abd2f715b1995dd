import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A user asks what a side "said back" or "fired back": a reply, which news tells with "responded";
 * "said back in May" dates the words. Asked through the console as a user asks.
 */
describe('/ask on what a side said back', () => {
  it('reads "said back", "fired back" and "wrote back" as responding', () => {
    const respond = questionTerms('responded')[0];
    expect(questionTerms('what did Lima say back')).toContain(respond);
    expect(documentTerms('The minister fired back at Washington.')).toContain(respond);
    expect(documentTerms('Ruiz wrote back to the trade office.')).toContain(respond);
    expect(documentTerms('as the minister said back in May')).not.toContain(respond);
  });

  it('finds the reply for "what did Peru say back to the president"', async () => {
    const paragraphs = [
      'The president said Peru had failed to cut its tariffs on American goods and would pay for it.',
      'Prime Minister Ana Ruiz responded to the president by stressing that Peru remains committed to a deal.',
    ];
    expect(await askFirst(paragraphs, 'what did Peru say back to the president')).toBe(paragraphs[1]);
  });
});

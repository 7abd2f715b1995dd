import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * A tally up to the present is asked and told in any of its phrases: a reader asks what was done
 * "so far", the news says "to date" or "thus far". Asked through the console of an article we wrote.
 */
describe('/ask on a question asking for a tally so far', () => {
  it('asks for a tally', () => {
    expect(answerKindsOf('which deals were announced so far')).toContain('tally');
    expect(answerKindsOf('how many firms have filed suit to date')).toContain('tally');
    expect(answerKindsOf('which deals were announced')).not.toContain('tally');
  });

  it('finds the paragraph that gives the tally in other words', async () => {
    const paragraphs = [
      'The minister announced that talks on a deal with Oslo would resume in March.',
      'Only two deals, with Chile and Peru, have been announced to date.',
      'A deal was announced last year on fish, the ministry said.',
    ];
    expect(await askFirst(paragraphs, 'which deals have been announced so far')).toBe(paragraphs[1]);
  });
});

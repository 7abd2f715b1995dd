import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader's "cutoff" for talks or a pause is the news's deadline ("the deadline for a deal is Friday").
 * Asked through the console as a user asks.
 */
describe('/ask on the cutoff of talks, which the news calls a deadline', () => {
  it('reads cutoff as deadline, and leaves the verb "cut off" apart', () => {
    expect(questionTerms('cutoff')).toEqual(documentTerms('deadline'));
    expect(questionTerms('cutoffs')).toEqual(documentTerms('deadlines'));
    expect(questionTerms('they cut off supplies')).not.toContain(documentTerms('deadline')[0]);
  });

  it('finds the paragraph that states the deadline', async () => {
    const paragraphs = [
      'Talks between Norland and Sudria on farm quotas resumed in Oslo on Monday, officials said.',
      'The deadline for a deal on the quotas is September 30, after which duties of 20% apply.',
      'Sudrian farm groups said the talks on quotas had dragged on for too long already.',
    ];
    expect(await askFirst(paragraphs, "what's the cutoff for the quota talks?")).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * "How split were the judges", "how did the justices divide" or "was it a split decision" asks for a
 * court's vote, which news tells by its count ("the 7-4 ruling", "seven of the 11 judges"). Asked
 * through the console as a user asks.
 */
describe('/ask on how split a court was', () => {
  it('reads "how split", "how did the judges divide" and "split decision" as the vote', () => {
    const [vote] = questionTerms('vote');
    for (const text of [
      'how split were the judges',
      'how divided was the court',
      'how did the justices divide',
      'was it a split decision',
    ])
      expect(questionTerms(text), text).toContain(vote);
    expect(questionTerms('how did the shares split')).not.toContain(vote);
    expect(documentTerms('the firm split into two companies')).not.toContain(vote);
  });

  it('reads a majority counted among the bench as the vote', () => {
    const [vote] = questionTerms('vote');
    for (const text of ['Seven of the 11 judges ruled against the levies', 'six of the nine justices agreed'])
      expect(documentTerms(text), text).toContain(vote);
    expect(documentTerms('one of the judges asked about refunds')).not.toContain(vote);
  });

  it('finds the count for "how split were the judges"', async () => {
    const paragraphs = [
      'The judges of the Lima court heard the tariff case in March.',
      'In the 6-5 ruling, the Lima judges held that the minister had no power to raise the levies.',
    ];
    expect(await askFirst(paragraphs, 'how split were the lima judges?')).toBe(paragraphs[1]);
  });
});

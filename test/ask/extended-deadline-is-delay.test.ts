import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * A deadline that is extended is put off: a reader asks whether it was "pushed back" or delayed, the
 * news writes that it "has been extended". A measure extended to more goods is no delay. Asked
 * through the console as a user asks.
 */
describe('/ask on a deadline pushed back, which the news says was extended', () => {
  it('reads an extended deadline as a delay, and an extension to more goods as none', () => {
    const delay = questionTerms('delay')[0]!;
    expect(questionTerms('the deadline for the talks has been extended to October')).toContain(delay);
    expect(questionTerms('Ottawa extended the deadline by 60 days')).toContain(delay);
    expect(questionTerms('a deadline extension')).toContain(delay);
    expect(questionTerms('the duties were extended to copper wire')).not.toContain(delay);
  });

  it('finds the paragraph on the extended deadline', async () => {
    const paragraphs = [
      'Norland set no deadline for its farm aid package, the ministry said.',
      'Sudrian farm groups blamed Norland for repeated delays in the quota talks ahead of the deadline.',
      'The deadline on the quota talks has been extended once more, officials said.',
    ];
    expect(await askFirst(paragraphs, 'was the quota talks deadline pushed back?')).toBe(paragraphs[2]);
  });
});

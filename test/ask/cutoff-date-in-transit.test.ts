import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * "What's the (cutoff, effective) date", "what is the deadline" ask for a time, as "when" does; and
 * goods "in transit" (the news's in-transit exemptions) are no "transition" period, which the stemmer
 * folds into the same stem. Asked through the console as a user asks.
 */
describe('/ask on a cutoff date for goods in transit', () => {
  it('reads "what is the … date (day, deadline)" as asking for a time', () => {
    expect(answerKindsOf("what's the cutoff date for shipments at sea?")).toContain('time');
    expect(answerKindsOf('what is the deadline for the talks')).toContain('time');
    expect(answerKindsOf('what was the effective date of the duty')).toContain('time');
    expect(answerKindsOf('what is the duty on copper')).not.toContain('time');
  });

  it('keeps a transition period apart from goods in transit', () => {
    const transit = questionTerms('in transit')[0]!;
    expect(documentTerms('a six-month transition period')).not.toContain(transit);
    expect(documentTerms('during the transitional phase')).not.toContain(transit);
    expect(documentTerms('cargo already in transit')).toContain(transit);
  });

  it('finds the in-transit cutoff, not the transition period', async () => {
    const paragraphs = [
      'Carriers will get a three-month transition period to adapt their systems to the new duty, the agency said.',
      'Shipments already in transit are spared if they clear customs before 5 p.m. on June 30.',
    ];
    expect(
      await askFirst(paragraphs, "what's the cutoff date for in-transit shipments to skip the new 12% duty?"),
    ).toBe(paragraphs[1]);
  });
});

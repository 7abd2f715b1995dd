import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "What did the court rule" asks what the ruling did to the measure: news tells it as struck down,
 * upheld or found unlawful, and names "the ruling" again in every paragraph of what followed it.
 * Asked through the console as a user asks.
 */
describe('/ask on what a court ruled', () => {
  it('reads a question about a ruling as asking for one', () => {
    expect(answerKindsOf('What did the Supreme Court rule on the tariffs?')).toContain('ruling');
    expect(answerKindsOf('How did the judges rule?')).toContain('ruling');
    expect(answerKindsOf('What did the appeals court decide about the duties?')).toContain('ruling');
    expect(answerKindsOf('What is the rule of origin for cars?')).not.toContain('ruling');
    expect(answerKindsOf('What did the ministers decide about the duties?')).not.toContain('ruling');
  });

  it('finds the paragraph telling the verdict, not those telling what followed the ruling', async () => {
    const paragraphs = [
      'After the Supreme Court ruling on the tariffs, importers asked the Supreme Court ruling be applied to their tariff bills at once.',
      'The Supreme Court on Tuesday struck down the tariffs in a 5-4 decision.',
      'Shippers said the Supreme Court ruling on the tariffs would take months to show in prices.',
    ];
    expect(await askFirst(paragraphs, 'What did the Supreme Court rule on the tariffs?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { answerKindsOf } from '../../src/search/answer-kind.ts';
import { indexOf } from '../helpers/passage-index.ts';

/** "From what date", "as of when", "starting when" ask when something starts, as "when does it start" does. */
describe('a question asking from when', () => {
  it('asks for a time to come', () => {
    expect(answerKindsOf('From what date does the cut apply?')).toEqual(['time', 'schedule']);
    expect(answerKindsOf('as of when is the cut in force?')).toEqual(['time', 'schedule']);
    expect(answerKindsOf('from which port does the steel come?')).toEqual([]);
  });

  it('finds the paragraph with the start day', () => {
    const { top } = indexOf({
      story: {
        published: '2026-05-04',
        title: 'Washington drops the levy on Peruvian fruit',
        paragraphs: [
          'Officials met in Lima this week.',
          'The removal of the levy on Peruvian fruit was welcomed by growers.',
          'The levy is lifted for Peruvian fruit arriving on or after May 10, the order says.',
        ],
      },
    });
    expect(top('From what date does the removal of the levy on Peruvian fruit apply?')).toBe('story#3');
  });
});

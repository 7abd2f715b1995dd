import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "When does the pause end?" asks for an end: news tells it by its day or by the length it runs
 * ("for 120 days"), leaving the count to the reader; the day it started is no answer. Asked through
 * the console of an article we wrote.
 */
describe('/ask on when something ends', () => {
  it('asks for an end, not a start', () => {
    expect(answerKindsOf('when does the wine surcharge end?')).toEqual(['time', 'schedule', 'end']);
    expect(answerKindsOf('When will the truce expire')).toEqual(['time', 'schedule', 'end']);
    expect(answerKindsOf('when do the 150 days run out')).toEqual(['time', 'schedule', 'end']);
    expect(answerKindsOf('when does the wine surcharge start?')).toEqual(['time', 'schedule']);
  });

  it('finds the paragraph with the length it runs, not the one with its start', async () => {
    const paragraphs = [
      'The surcharge on Chilean wine is effective from March 3, the order says.',
      'Under the law, the Chilean wine surcharge can stay in place for 120 days.',
    ];
    expect(await askFirst(paragraphs, 'when does the chilean wine surcharge end?')).toBe(paragraphs[1]);
  });

  it('finds the paragraph with the day it ends', async () => {
    const paragraphs = [
      'The surcharge on Chilean wine is effective from March 3, the order says.',
      'Unless Congress acts, the Chilean wine surcharge runs until early July.',
    ];
    expect(await askFirst(paragraphs, 'when does the chilean wine surcharge end?')).toBe(paragraphs[1]);
  });
});

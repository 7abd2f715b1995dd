import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * The US Justice Department (the Department of Justice) is "the DOJ" to a reader, typed in lower
 * case; news names it in full.
 */
describe('/ask about the DOJ', () => {
  it('reads the DOJ as the Justice Department, by either of its names', () => {
    const department = documentTerms('the Justice Department');
    expect(questionTerms('what did the doj say')).toEqual(expect.arrayContaining(department));
    expect(documentTerms('the Department of Justice')).toEqual(expect.arrayContaining(department));
  });

  it('finds the paragraph on the Justice Department', async () => {
    const paragraphs = [
      'The importers will reply to the court by Friday, their lawyers said.',
      'The court asked the Department of Justice to reply to the importers by March 3.',
    ];
    expect(await askFirst(paragraphs, 'when does the doj have to reply')).toBe(paragraphs[1]);
  });
});

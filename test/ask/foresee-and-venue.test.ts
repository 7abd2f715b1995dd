import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A user's "predict" or "forecast" is the news's "expect"; where talks "take place" the news says
 * they are "held". Asked through the console as a user asks.
 */
describe('/ask on a prediction and on where talks take place', () => {
  it('reads predict, forecast and anticipate as expect, and taking place as being held', () => {
    const expectTerm = questionTerms('expect')[0]!;
    for (const text of ['analysts predict', 'a forecast', 'officials anticipate'])
      expect(documentTerms(text), text).toContain(expectTerm);
    expect(questionTerms('where are the talks taking place')).toContain(documentTerms('held')[0]);
  });

  it('finds what was expected for "what did they predict"', async () => {
    const paragraphs = [
      'Analysts said the Lima meeting follows a long phone call between the two ministers last week.',
      'The Lima meeting is expected to be tense.',
    ];
    expect(await askFirst(paragraphs, 'What did analysts predict about the meeting in Lima?')).toBe(paragraphs[1]);
  });

  it('finds where the talks are held for "where are they taking place"', async () => {
    const paragraphs = [
      'Talks in Lima began on Monday.',
      'The talks are being held behind closed doors at the Torre Palace, in the centre of Lima, officials said.',
    ];
    expect(await askFirst(paragraphs, 'Where in Lima are the talks taking place?')).toBe(paragraphs[1]);
  });
});

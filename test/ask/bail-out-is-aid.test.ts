import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Bailing someone out is aid to them: users ask "will the government bail out the growers", news
 * writes that it "set aside billions in aid" for them. Asked through the console as a user asks.
 */
describe('/ask on a question about bailing someone out', () => {
  it('reads bail out, with or without a pronoun inside, as aid', () => {
    expect(questionTerms('bail out')).toEqual(documentTerms('aid'));
    expect(questionTerms('bailed them out')).toEqual(documentTerms('them aid'));
    expect(questionTerms('bailing out the ranchers')).toEqual(documentTerms('aid the ranchers'));
  });

  it('finds the paragraph on aid to the growers', async () => {
    const paragraphs = [
      "Cotton growers in Georgia lost their largest buyer when Vietnam answered Washington's levies in March.",
      'The agriculture secretary set aside $9 billion in aid for cotton growers, to be paid by December.',
      'Cotton growers told Washington that the prices offered by Turkish mills were far below last season.',
    ];
    expect(await askFirst(paragraphs, 'will washington bail out the cotton growers?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Markets' nicknames: the "yellow metal" is gold, the "greenback" the US dollar, the "loonie" the
 * Canadian dollar. A user types them where the article names the thing, and the reverse. Asked
 * through the console as a user asks.
 */
describe('/ask with the markets’ nicknames for gold and dollars', () => {
  it('folds each nickname into the thing it names', () => {
    expect(documentTerms('gold')).toEqual(questionTerms('the yellow metal'));
    for (const term of questionTerms('US dollar')) expect(documentTerms('the greenback rose')).toContain(term);
    for (const term of questionTerms('Canadian dollar')) expect(documentTerms('the loonie slid')).toContain(term);
  });

  it('finds the gold paragraph for a question about the yellow metal', async () => {
    const paragraphs = [
      'The metal levy on Ruritanian copper bars climbed to 12% this week, the exchange said.',
      'Gold rose 4% in the week after the levy was announced.',
    ];
    expect(await askFirst(paragraphs, 'how much did the yellow metal climb after the levy')).toBe(paragraphs[1]);
  });

  it('finds the Canadian dollar for a question about the loonie', async () => {
    const paragraphs = [
      'Lumber exporters slid into losses after the lumber levy, and the levy will be reviewed next spring.',
      'The Canadian dollar fell to 69 US cents on the news.',
    ];
    expect(await askFirst(paragraphs, 'how did the loonie do after the lumber levy')).toBe(paragraphs[1]);
  });
});

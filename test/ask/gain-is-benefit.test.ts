import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader asks who "gains from" a tariff; the news tells who "benefits", gets an "advantage" or a
 * "competitive edge". A market's "gains" and "taking advantage of" someone are other senses. Asked
 * through the console as a user asks.
 */
describe('/ask on who gains from something', () => {
  it('folds "gain from", "advantage" and "competitive edge" with "benefit", apart from other senses', () => {
    const benefit = questionTerms('benefit')[0];
    expect(questionTerms('who gains from it')).toContain(benefit);
    expect(documentTerms('a sharp competitive edge')).toContain(benefit);
    expect(documentTerms('the advantage of scale')).toContain(benefit);
    expect(documentTerms('stocks posted gains')).not.toContain(benefit);
    expect(documentTerms('they took advantage of the loophole')).not.toContain(benefit);
  });

  it('finds the paragraph telling who got a competitive edge', async () => {
    const paragraphs = [
      'Ruritania raised its levy on bicycles from Freedonian makers to 40% on Monday.',
      'Bicycle makers in Syldavia now have a sharp competitive edge in Ruritanian shops.',
    ];
    expect(await askFirst(paragraphs, 'which bicycle makers gain from the levy?')).toBe(paragraphs[1]);
  });
});

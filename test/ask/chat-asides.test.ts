import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * A chat's asides ("lol", "tbh", "idk") frame a question as "please" does: no passage is likelier to
 * answer for holding them, and counted as words of the question they leave a short question's
 * subject too small a share of it. Asked through the console of an article we wrote.
 */
describe('/ask on a question with chat asides', () => {
  it('drops the asides from the question terms', () => {
    expect(questionTerms('whats up with copper lol tbh idk')).toEqual(questionTerms('whats up with copper'));
  });

  it('still finds the paragraph on the one word the question names', async () => {
    const paragraphs = [
      'Ministers met in Lima to talk about farm exports.',
      'Chile now sets a 12% duty on copper from Peru.',
    ];
    expect(await askFirst(paragraphs, 'whats up with copper lol tbh idk')).toBe(paragraphs[1]);
  });
});

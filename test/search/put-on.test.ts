import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * "What day was the 25% put on salmon?": a rate or a tariff put on goods is imposed on them; put on
 * hold it is paused. Asked through the console of an article we wrote.
 */
describe('/ask on a tariff put on goods', () => {
  it('reads a tariff put on goods as imposed, and one put on hold as paused', () => {
    expect(questionTerms('the 25% put on salmon')).toEqual(questionTerms('the 25% imposed on salmon'));
    expect(questionTerms('tariffs were put on hold')).not.toContain(questionTerms('imposed')[0]);
  });

  it('finds the paragraph telling when it was imposed', async () => {
    const paragraphs = [
      'Norwegian salmon exporters put in a long day of talks over the 25% tariff.',
      'The 25% tariff was imposed on Norwegian salmon on March 3.',
    ];
    expect(await askFirst(paragraphs, 'what day was the 25% put on norwegian salmon?')).toBe(paragraphs[1]);
  });
});

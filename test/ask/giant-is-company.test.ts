import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A giant in business news is a big company ("e-commerce giants", "retail giant Bigmart"): users ask
 * which companies a measure hits. Asked through the console as a user asks.
 */
describe('/ask on a question about companies the news calls giants', () => {
  it('reads giant and giants as company and companies', () => {
    expect(questionTerms('company')).toEqual(documentTerms('giant'));
    expect(questionTerms('companies')).toEqual(documentTerms('giants'));
  });

  it('finds the paragraph naming the giants', async () => {
    const paragraphs = [
      'The new levy on furniture takes effect in November, the commerce office said.',
      'The furniture levy is expected to weigh on retail giants such as Homestead and Oakline.',
      'Furniture makers in Carolina said the levy would weigh on their furniture orders this season.',
    ];
    expect(await askFirst(paragraphs, 'which companies does the furniture levy weigh on?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Goods made abroad are, where the tariff is charged, its imports: a reader asks about "foreign-made
 * cars", the news tells the levy on "automobile imports". Asked through the console as a user asks.
 */
describe('/ask on foreign-made goods, told as imports', () => {
  it('reads foreign-made, made abroad and made overseas as imported', () => {
    const imported = questionTerms('imported')[0]!;
    for (const text of ['foreign-made cars', 'foreign made steel', 'parts made abroad', 'shoes made overseas'])
      expect(documentTerms(text), text).toContain(imported);
  });

  it('finds the levy on car imports for a question about foreign-made cars', async () => {
    const paragraphs = [
      'Dealers said cars made in Ohio and Ontario cost more this year, as the levy on steel raised what plants pay.',
      'The levy on automobile imports rises to 25% next month, officials said.',
    ];
    expect(await askFirst(paragraphs, 'how high is the levy on foreign-made cars?')).toBe(paragraphs[1]);
  });
});

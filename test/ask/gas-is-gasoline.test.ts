import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A driver's "gas" is the news's "gasoline", or "petrol" in British English. Asked through the
 * console as a user asks.
 */
describe('/ask on gas prices, told as gasoline or petrol', () => {
  it('folds gasoline and petrol into gas', () => {
    const gas = questionTerms('gas')[0]!;
    expect(documentTerms('gasoline rose 10 cents')).toContain(gas);
    expect(documentTerms('petrol prices climbed')).toContain(gas);
  });

  it('finds the gasoline price for a question about gas', async () => {
    const paragraphs = [
      'The levy will raise what a new car will cost drivers by about $2,000.',
      'Gasoline could cost drivers 10 cents more a gallon once the levy on crude starts, traders said on Monday.',
    ];
    expect(await askFirst(paragraphs, 'how much more will gas cost drivers with the levy?')).toBe(paragraphs[1]);
  });
});

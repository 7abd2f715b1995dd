import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A laptop is a computer, as news lists the goods ("smartphones, computers and other electronics").
 * Asked through the console as a user asks.
 */
describe('/ask on laptops', () => {
  it('reads laptops as computers', () => {
    expect(questionTerms('laptops')).toEqual(documentTerms('computers'));
  });

  it('finds the computers for "are laptops exempt"', async () => {
    const paragraphs = [
      'Peru said the new 20% tariff was not a good sign for its exporters, who are exempt from nothing.',
      'Phones, computers and other electronics from Peru are exempt from the tariff.',
    ];
    expect(await askFirst(paragraphs, 'are laptops from peru exempt from the 20%')).toBe(paragraphs[1]);
  });
});

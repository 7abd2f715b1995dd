import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The level a new rate goes "on top of", told with who imposed it ("on top of the 20% levies he
 * placed on Peru earlier this year"), is in force whatever the tense of the rate added; a rate told
 * with its imposer elsewhere may have been lifted since (sentences written for this test; the class
 * comes from the rates-status lanes' sets, stops 39 and 40).
 */
describe('the level a new rate goes on top of', () => {
  it('reads it as in force when the words after it say who imposed it', () => {
    expect(
      articleRates([
        'Trump will impose an additional 10% tariff on Peru next week, on top of the 20% levies he placed on Peru earlier this year.',
      ]),
    ).toEqual(['United States → Peru 10% scheduled', 'United States → Peru 20% current']);
    expect(articleRates(['The new tariff will go on top of the 25% penalty Trump imposed on Peru in April.'])).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('leaves a level only announced, and one lifted since, to the other rules', () => {
    expect(articleRates(['A 25% tariff Trump imposed on Peru in March was lifted in May.'])).toEqual([
      'United States → Peru 25% previous',
    ]);
    expect(
      articleRates(['Trump will put a 10% tariff on Peru on top of the 25% tariff he announced last week.']),
    ).toEqual(['United States → Peru 10% scheduled', 'United States → Peru 25% scheduled']);
  });

  it('answers /tariff with the level held as in force and the one added as to come', async () => {
    const { line, text } = await tariffPeru([
      'Trump will impose an additional 10% tariff on Peru starting September 20, on top of the 20% levies he placed on Peru earlier this year.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\*.*in force/);
    expect(text).toMatch(/30%|10%/);
  });
});

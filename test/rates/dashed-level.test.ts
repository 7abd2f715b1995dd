import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * A level set off by dashes ("duties—up to 50%—on imported copper") is an aside inside its clause:
 * what follows the closing dash is what the level is charged on, and the countries the clause before
 * lists are not its parties. Written for this test; asked through the console as a user asks.
 */
describe('a level between dashes', () => {
  const story = [
    'The new round comes days after Washington imposed measures against Peru, Chile, Colombia and Ecuador, as well as steep duties—up to 50%—on imported copper.',
  ];

  it('is charged on the goods after the closing dash, from every country', () => {
    expect(articleRateGoods(story, '2026-09-01')).toContain('United States → all countries 50% on copper');
  });

  it('is read with a spaced en dash and a plain level too', () => {
    expect(articleRateGoods(['Washington set a tariff – 25 per cent – on imported copper.'], '2026-09-01')).toEqual([
      'United States → all countries 25% on copper',
    ]);
  });

  it('shows in /tariff peru as the copper rate on every country', async () => {
    const { text } = await tariffPeru(['Peruvian goods face a 10% tariff.', ...story]);
    expect(text).toMatch(/50%[^"]*copper|copper[^"]*50%/);
  });
});

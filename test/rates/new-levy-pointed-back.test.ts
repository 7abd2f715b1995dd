import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence naming no country whose rate is of "the new levy" tells more of the levy the sentence
 * before stated: its pair, not one borrowed from countries named there in passing. Sentences
 * written for this test.
 */
describe('a rate of "the new levy"', () => {
  const story = [
    'Washington announced a new 15% global tariff on most goods on Monday, a blow for partners such as Peru.',
    'First set at 10%, the new levy was raised to the ceiling the law allows.',
  ];

  it('is of the levy stated before', () => {
    expect(articleRates(story, '2026-09-01').filter((line) => line.includes('10%'))).toEqual([
      expect.stringMatching(/^United States → all countries 10% /),
    ]);
  });

  it('lists no 10% of its own among /tariff peru’s statements', async () => {
    const { text } = await tariffPeru([...story, 'Peruvian copper already faces a 50% tariff.']);
    expect(text).toMatch(/Every statement, newest first \(1\)/);
    expect(text).not.toMatch(/\*\*10%\*\* · replaced/);
  });

  // A worldwide levy changed under a deal with the partner the article is about is that partner's.
  const deal = [
    'Peru’s chief negotiator met the president at the White House on Tuesday, and the two sides reached a deal on tariffs.',
    'The US had imposed an additional 25 percent duty on automobiles in April. Under the new agreement, that levy will be halved to 12.5 percent.',
  ];

  it('is the partner’s when a deal with it changes a worldwide levy', () => {
    expect(articleRates(deal, '2026-09-01').filter((line) => line.includes('12.5%'))).toEqual([
      expect.stringMatching(/^United States → Peru 12.5% /),
    ]);
  });

  it('shows the halved levy under /tariff peru', async () => {
    const { text } = await tariffPeru(deal);
    expect(text).toMatch(/"title":"United States → Peru"[^\]]*\*\*12.5%\*\*/);
  });
});

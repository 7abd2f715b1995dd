/**
 * A word of history in another clause than the number's: "The duties were originally a response to
 * US tariffs, which included a recent 35% tariff on Peruvian goods". "originally" dates the clause
 * it stands in; the relative clause or the clause joined on after a comma tells its own time. In the
 * number's own clause it still makes the level history. Sentences written for this test; the class
 * comes from real news (a blind set's tuning part, stop 58).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const OTHER_CLAUSE = [
  'The duties were originally a response to US tariffs, which included a recent 35% tariff on Peruvian goods.',
];

describe('a word of history in another clause than the number', () => {
  it('leaves the number in force', () => {
    expect(articleRates(OTHER_CLAUSE, '2026-09-01')).toEqual(['United States → Peru 35% current']);
  });

  it('still makes a level in its own clause history', () => {
    expect(articleRates(['Peruvian goods originally faced a 35% tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 35% previous',
    ]);
  });
});

describe('/tariff on a word of history in another clause', () => {
  it('shows the number in force', async () => {
    const { line } = await tariffPeru(OTHER_CLAUSE);
    expect(line).toMatch(/^\*\*35%\*\* on Peruvian goods · in force/);
  });
});

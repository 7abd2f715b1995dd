import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * A rate told in an "as" or "after" clause that opens before it ("X retaliated against Y as a 10%
 * tariff on X's goods took effect", "X's move comes after Y announced 25% tariffs on all its steel
 * imports") belongs to that clause: the main clause's subject and the country it acts against are
 * no parties to it. Sentences written for this test.
 */
describe('a rate in a subordinate clause opening before it', () => {
  it('is the rate on the subject of the main clause, charged by the other side', () => {
    const rates = articleRates(
      [
        'China struck back against the United States on Monday as a 10% tariff on all Chinese goods came into force, announcing levies of its own.',
      ],
      '2025-02-04',
    );
    expect(rates).toContain('United States → China 10% current');
    expect(rates.filter((r) => r.startsWith('China →'))).toEqual([]);
  });

  it('is a sector rate on every country when that clause names only the home country', () => {
    const rates = articleRates(
      [
        'Ottawa’s decision comes after the U.S. government announced 25% tariffs on all its aluminum imports last week.',
      ],
      '2025-02-21',
    );
    expect(rates.map((r) => r.replace(/ \w+$/u, ''))).toEqual(['United States → all countries 25%']);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate told in an "as" or "after" clause that opens before it ("X retaliated against Y as a 10%
 * tariff on X's goods took effect", "X's move comes after Y announced 25% tariffs on all its steel
 * imports", "X announced tariffs on Y's goods after President Z imposed 10% …") belongs to that clause: the main clause's subject and the country it acts against are
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

  it('is the rate of the named subject of an "after" clause, whatever the main clause retaliates on', () => {
    const rates = articleRates(
      [
        'Peru has announced retaliatory tariffs on U.S. goods after President Trump started a trade war by imposing an additional 10% tariff on all Peruvian products.',
      ],
      '2026-09-01',
    );
    expect(rates).toEqual(['United States → Peru 10% current']);
  });

  it('/tariff peru shows that 10% as the US rate on Peru', async () => {
    const { line } = await tariffPeru([
      'Peru has announced retaliatory tariffs on U.S. goods after President Trump started a trade war by imposing an additional 10% tariff on all Peruvian products.',
    ]);
    expect(line).toMatch(/\*\*10%\*\* on Peruvian goods/);
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

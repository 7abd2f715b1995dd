import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A deal's level told by a participle after it ("announced a trade framework with Peru on Tuesday,
 * placing a 15% tax on its goods") is the deal's terms, still to start, as "the deal sets a 15%
 * tariff" is. Sentences written for this test.
 */
describe('a level a deal sets, told by a participle', () => {
  it('reads it as scheduled', () => {
    expect(
      articleRates(
        [
          'Trump announced a trade framework with Peru on Tuesday, placing a 15% tax on goods imported from that nation.',
          'Lima and Washington sealed a pact, setting a 12% tariff on Peruvian textiles.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 15% scheduled', 'United States → Peru 12% scheduled']);
  });

  it('keeps a cut of a level in force, and a deal told months back, as done', () => {
    expect(
      articleRates(
        [
          'Trump lowered the tariff on Peruvian goods to 15%.',
          'In April, Washington struck a framework deal with Peru, setting a 12% tariff on its goods.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 15% current', 'United States → Peru 12% current']);
  });

  it('keeps the rate in force through /tariff until the deal starts', async () => {
    const { line, text } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 10% tariff in the United States.']],
      [
        '2026-09-01',
        [
          'Trump announced a trade framework with Peru on Tuesday, placing a 15% tax on goods imported from that nation.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*15%\*\* · (?:announced|scheduled)/);
  });
});

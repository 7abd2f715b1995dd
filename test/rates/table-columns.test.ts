import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A table of rates by country is read by its header: the "Country" column gives the partner and the
 * "Tariff Rate" column the rate, past columns of ranks, shares of imports or exports. Pages copy it
 * a row a line ("Peru | 18 | Copper |", the unit in the header's "(%)"), a cell a line between
 * lone bars, as trackers render theirs, or a row a line with the bars lost ("Peru 18"), the first
 * row folded into the header's paragraph as copying folds short lines. Written for this test, in
 * the shapes such pages copy to, or with the line breaks lost too, the whole table in one
 * paragraph, beside a column of what each partner charges on American goods.
 */
describe('a table of rates read by its columns', () => {
  const rowsStory = [
    'Below are the duties Washington has set for its partners in the region:',
    'Country | Tariff Rate (%) | Main exports to the US |',
    'Peru | 18 | Copper, grapes |',
    'Chile | 12 | Wine, salmon |',
    'Atlantis | 30 | Fish |',
  ];

  const cellsStory = [
    'The tracker below lists the tariff each partner pays on its goods today.',
    ...['Rank', 'Country', 'Share of US imports', 'Rate'].flatMap((c) => ['|', c]),
    ...['1', 'Peru', '1.4%', '27%', '2', 'Chile', '0.6%', '15%', '3', 'Kenya'].flatMap((c) => ['|', c]),
  ];

  it('gives each row of bars its partner and rate, the unit told in the header', () => {
    expect(articleRates(rowsStory, '2026-09-01')).toEqual([
      'United States → Peru 18% current',
      'United States → Chile 12% current',
    ]);
  });

  it('gives each row of a cell a line its partner and rate, and no share of imports', () => {
    expect(articleRates(cellsStory, '2026-09-01')).toEqual([
      'United States → Peru 27% current',
      'United States → Chile 15% current',
    ]);
  });

  const spacedStory = [
    'The list below gives the duty each partner in the region pays from this week.',
    'Country Applied duty rate (%) Peru 18',
    'Chile 12',
    'Atlantis 30',
    'Kenya 15',
    'Partners not listed keep paying the old duties.',
  ];

  it('gives each row of a table whose bars were lost its partner and rate, the first row run into the header', () => {
    expect(articleRates(spacedStory, '2026-09-01')).toEqual([
      'United States → Peru 18% current',
      'United States → Chile 12% current',
      'United States → Kenya 15% current',
    ]);
  });

  it('reads no table from one name and number under such a header', () => {
    expect(articleRates(['Country Applied duty rate (%)', 'Peru 18', 'The rest pay less.'], '2026-09-01')).toEqual([]);
  });

  it('starts the rows on the day the lead-in gives', () => {
    const story = ['New US tariffs by trading partner (effective September 15, 2026)', ...rowsStory.slice(1)];
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 18% scheduled',
      'United States → Chile 12% scheduled',
    ]);
  });

  it('reads no table whose header names several rates a partner', () => {
    const story = [rowsStory[0] as string, 'Country | April Rate | Deal Rate |', 'Peru | 30% | 18% |'];
    expect(articleRates(story, '2026-09-01')).toEqual([]);
  });

  const flatStory = [
    'The White House chart sets a rate for each partner, about half of what it says each charges.',
    'Country Tariff charged on US goods New US reciprocal tariff Peru 36% 18% Chile 24% 12% Sri Lanka 60% 30% Kenya 3',
  ];

  it('gives each row of a table folded into one paragraph the rate of its column, not the partner’s charge', () => {
    expect(articleRates(flatStory, '2026-09-01')).toEqual([
      'United States → Peru 18% current',
      'United States → Chile 12% current',
      'United States → Sri Lanka 30% current',
    ]);
  });

  it('reads no rate from a folded table of what partners charge on American goods', () => {
    const story = [flatStory[0] as string, 'Country Tariffs charged to the USA Peru 36% Chile 24% Kenya 30%'];
    expect(articleRates(story, '2026-09-01')).toEqual([]);
  });

  it('gives the rows the status the prose right before the table gives its rates', async () => {
    const story = [
      'Chile will be subject to a rate of 12 percent, and Kenya will be subject to a rate of 15 percent.',
      ...rowsStory.slice(1),
    ];
    expect(articleRates(story, '2026-09-01')).toContain('United States → Peru 18% scheduled');
    const { line } = await tariffPeru(story);
    expect(line).not.toMatch(/^\*\*18%\*\* on Peruvian goods · in force/);
  });

  it('answers /tariff peru with the rate of its row in a table folded into one paragraph', async () => {
    const { line } = await tariffPeru(flatStory);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods/);
  });

  it('answers /tariff peru with the rate of its row in a table whose bars were lost', async () => {
    const { line } = await tariffPeru(spacedStory);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods/);
  });

  it('answers /tariff peru with the rate of its row', async () => {
    const { line } = await tariffPeru(cellsStory);
    expect(line).toMatch(/^\*\*27%\*\* on Peruvian goods/);
  });
});

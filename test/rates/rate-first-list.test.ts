import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list grouped by rate ("• 25%: Ghana, Peru and Chile") under a lead-in that speaks of tariffs
 * gives every country of a line that line's rate, names of more than one word ("Bosnia and
 * Herzegovina") included; so does a list of lines each with its rate in brackets ("• Ghana (18%)").
 */
describe('a list of rates, each with the countries charged it', () => {
  const story = [
    'These are the tariffs the United States charges on goods from its trading partners.',
    'Rates by group',
    '• 12%: Peru',
    '• 18%: Ghana, Bosnia and Herzegovina and Chile',
    '• 22%: Laos',
  ];

  it('gives each country of a line its rate', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 12% current',
      'United States → Ghana 18% current',
      'United States → Bosnia and Herzegovina 18% current',
      'United States → Chile 18% current',
      'United States → Laos 22% current',
    ]);
  });

  it('gives each line its rate when the rate is in brackets, a bracket left open included', () => {
    const lines = [
      'These are the tariffs the United States charges on goods from its partners.',
      '• Ghana (18%)',
      '• Peru (12%',
    ];
    expect(articleRates(lines, '2026-09-01')).toEqual([
      'United States → Ghana 18% current',
      'United States → Peru 12% current',
    ]);
  });

  it('answers /tariff peru with the rate of its line', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
  });
});

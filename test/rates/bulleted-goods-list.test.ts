import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A bulleted list of rates on goods whose lead-in names the partner ("under which Peru will continue
 * paying:"): every line is of the lead-in's pair, a sector's goods ("automobiles", "steel") among
 * them, not the home country's sector rate on every country. Sentences written for this test.
 */
describe('a bulleted list of goods after a lead-in that names the partner', () => {
  const story = [
    'Peru and the United States agreed to extend their deal for 90 days, under which Peru will continue paying:',
    '- A 20% tariff on most goods',
    '- A 25% tariff on automobiles',
    '- A 50% tariff on steel, aluminum, and copper',
  ];

  it('gives every line the pair of the lead-in', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 20% current',
      'United States → Peru 25% current',
      'United States → Peru 50% current',
    ]);
  });

  it('reads lines opened by an en dash or an em dash as the same list', () => {
    for (const mark of ['–', '—'])
      expect(
        articleRates([story[0]!, ...story.slice(1).map((line) => line.replace(/^-/u, mark))], '2026-09-01'),
      ).toEqual([
        'United States → Peru 20% current',
        'United States → Peru 25% current',
        'United States → Peru 50% current',
      ]);
  });

  it('keeps a sector line of a list with no partner on every country', () => {
    expect(
      articleRates(
        ['The sector tariffs in force:', '- A 25% tariff on automobiles', '- A 50% tariff on steel'],
        '2026-09-01',
      ),
    ).toEqual(['United States → all countries 25% current', 'United States → all countries 50% current']);
  });

  it('lists the goods lines under /tariff peru as statements on Peru, not the rate on all countries', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toContain('Every statement, newest first (3)');
    expect(text).not.toContain('the rate on all countries');
  });

  it('lists the lines of an en-dash list under /tariff peru too', async () => {
    const { text } = await tariffPeru([story[0]!, ...story.slice(1).map((line) => line.replace(/^-/u, '–'))]);
    expect(text).toContain('Every statement, newest first (3)');
  });
});

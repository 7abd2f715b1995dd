import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A change as the subject of a modal ("Lowering the tariffs from 39% to 15% will avoid price
 * rises", "Raising duties to 50% would hurt consumers") is weighed, not told as made: its new level
 * is a what-if and the level it moves from still holds. Told as done ("Cutting … helped"), it
 * stands. Sentences written for this test; asked through the console as a user asks.
 */
describe('a change as the subject of a modal', () => {
  const story = [
    'Peruvian goods face a 39% tariff.',
    '“Lowering the tariffs on Peru from 39% to 15% will avoid the price increases,” an importer said.',
  ];

  it('is a what-if, the level it moves from in force', () => {
    expect(articleRates(story.slice(1), '2026-09-01')).toEqual([
      'United States → Peru 39% current',
      'United States → Peru 15% hypothetical',
    ]);
    expect(articleRates(['Raising duties on Peru to 50% would hurt American consumers.'], '2026-09-01')).toEqual([
      'United States → Peru 50% hypothetical',
    ]);
  });

  it('stands when told as done', () => {
    expect(articleRates(['Cutting the tariff on Peru from 30% to 10% in May helped exporters.'], '2026-09-01')).toEqual(
      ['United States → Peru 30% previous', 'United States → Peru 10% current'],
    );
  });

  it('leaves /tariff peru at the level in force', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods/);
  });
});

/**
 * "had threatened 50% on Peruvian goods, later softening the figure to 30%": a threat whose level
 * is changed later in the same sentence is still a threat, at both levels. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2025-08-01');

describe('a threatened level changed later in its sentence', () => {
  it('keeps the threat at the level it moves to, after "later", "then" or with no adverb', () => {
    expect(
      rates(
        'The president had first threatened tariffs of up to 50% on Peruvian goods, later softening the figure to 30%.',
      ),
    ).toEqual(['United States → Peru 50% threatened', 'United States → Peru 30% threatened']);
    expect(rates('Trump first threatened a 50% tariff on Peru, then lowering it to 30%.')).toContain(
      'United States → Peru 30% threatened',
    );
  });

  it('and at the level it moves from', () => {
    expect(rates('Trump first threatened a 50% tariff on Peru, later lowering it to 30%.')).toEqual([
      'United States → Peru 50% threatened',
      'United States → Peru 30% threatened',
    ]);
    expect(rates('Trump threatened a 20% tariff on Peru before raising it to 40%.')).toEqual([
      'United States → Peru 20% threatened',
      'United States → Peru 40% threatened',
    ]);
  });

  it('leaves a level imposed and later changed as it was', () => {
    expect(rates('Washington imposed a 25% tariff on Peru in March, later raising it to 50%.')).toEqual([
      'United States → Peru 25% previous',
      'United States → Peru 50% current',
    ]);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 10% tariff in the United States.']],
      [
        '2026-09-01',
        ['Trump had first threatened tariffs of 50% on Peruvian goods, later softening the figure to 30%.'],
      ],
    ]);
    expect(line).toMatch(/^\*\*10%\*\*/);
  });
});

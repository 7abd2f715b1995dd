/**
 * A removal whose object "had been in place since" a time past: the past perfect tells the state
 * held before the removal, no cue that the rate holds now. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const SENTENCE =
  'Effective September 1, Peru fully eliminated its 25% retaliatory tariffs on U.S. goods that had been in place since March 4.';

describe('a rate that "had been in place" before its removal', () => {
  it('is replaced, as it is with no such clause', () => {
    expect(sentenceRateLines(SENTENCE, '2026-09-01')).toEqual(['Peru → United States 25% previous']);
    expect(
      sentenceRateLines(
        'The 25% tariffs on Peruvian goods, which had been in force since March, remain in place.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('is listed by /tariff as replaced, not in force', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    const [, peruOnUs = ''] = text.split('"title":"Peru → ');
    expect(peruOnUs).toMatch(/\*\*25%\*\* · replaced/);
    expect(peruOnUs).not.toMatch(/in force/);
  });
});

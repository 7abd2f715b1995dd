/**
 * "had been facing a 30% tariff, which Trump postponed for 90 days", "was threatened with 25%, but it
 * was paused": a clause right after the level that puts it on hold is the last news of it, whatever
 * tense or threat told the level. Not a pause of something else the clause names. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a level a later clause puts on hold', () => {
  it('is paused, in the past perfect, after a threat or with the pause in the active', () => {
    expect(
      articleRates(
        [
          'Peru had been facing a 30% tariff, which the president postponed for 90 days.',
          'Chile was threatened with a 25% tariff on its copper, but it was paused in May.',
          'Bolivia had faced a 40% tariff, but Washington put it on hold until October.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 30% suspended',
      'United States → Chile 25% suspended',
      'United States → Bolivia 40% suspended',
    ]);
  });

  it('is not a level whose clause pauses another measure', () => {
    expect(
      articleRates(
        ['Peruvian goods face a 15% tariff, but the president suspended the duty on copper in May.'],
        '2026-08-20',
      ),
    ).toEqual(['United States → Peru 15% current']);
  });

  it('is shown as paused in /tariff', async () => {
    const { text } = await tariffPeru([
      'Peru had been facing a 30% tariff, which the president postponed for 90 days.',
    ]);
    expect(text).toMatch(/\*\*30%\*\*[^"]*· paused/);
  });
});

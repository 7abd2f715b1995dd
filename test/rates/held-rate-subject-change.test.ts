/** The rate a change to come would move from, told as its subject, is in force: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate named as the subject of a change to come', () => {
  it('is the rate in force', () => {
    expect(sentenceRateLines('Officials hint 60% Peru tariffs may drop if the talks go well.', '2026-05-04')).toEqual([
      'United States → Peru 60% current',
    ]);
    expect(
      sentenceRateLines(
        'The president said the 60% tariff on Peruvian goods will come down substantially.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 60% current']);
    expect(
      sentenceRateLines('Washington signalled that the 60% levy on Peruvian copper could be lowered.', '2026-05-04'),
    ).toEqual(['United States → Peru 60% current']);
  });

  it('leaves a threatened level threatened', () => {
    expect(
      sentenceRateLines('The threatened 60% tariff on Peruvian goods could be lowered after the talks.', '2026-05-04'),
    ).toEqual(['United States → Peru 60% threatened']);
  });

  it('is shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['The United States charges 20% on Peruvian goods.']],
      ['2026-09-01', ['The president said the 60% tariff on Peruvian goods will come down soon.']],
    ]);
    expect(line).toMatch(/\*\*60%\*\*/);
  });
});

/**
 * A rate as the subject of a change denied ("10 per cent tariffs on Peruvian energy were also not set
 * to change", "the 25% levy will not be raised") stays: it is the rate in force, not one to come,
 * whatever "set to" or "will" would tell alone. Sentences written for this test; the wording is that
 * of reports on what a new measure leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate whose change is denied', () => {
  it('reads it as in force', () => {
    expect(
      sentenceRateLines(
        'The 10 per cent tariffs on Peruvian energy and fertiliser were also not set to change, an official said.',
        '2026-07-11',
      ),
    ).toEqual(['United States → Peru 10% current']);
    expect(sentenceRateLines('The 25% levy on Peruvian goods won’t be raised this year.', '2026-07-11')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('still reads a change to come as one', () => {
    expect(sentenceRateLines('The 25% levy on Peruvian goods is set to rise to 40% in August.', '2026-07-11')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 40% scheduled',
    ]);
  });

  it('is shown in force by /tariff', async () => {
    const { text } = await tariffPeru([
      'The 15% tariffs on Peruvian copper and zinc were not set to change, officials said.',
    ]);
    expect(text).toMatch(/\*\*15%\*\* on [^"]*· in force/);
  });
});

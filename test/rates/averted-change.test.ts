import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * `/tariff` on a change a sentence says does not come: "will stay at 20% instead of rising to
 * 60%", "will continue …, instead of increasing to 30% and 50%". The level of that change is put
 * off, not scheduled and not in force. Sentences written for these tests.
 */
describe('/tariff on a level told "instead of rising to"', () => {
  it('keeps the level that stays in force and lists the averted one as paused', async () => {
    const { line, text } = await tariffPeru([
      'Because of the truce, US tariffs on Peruvian products will stay at 20% instead of rising to 60% on Friday.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*60%\*\* · paused/);
    expect(text).not.toMatch(/\*\*60%\*\* · scheduled/);
  });

  it('reads every level of the averted change so, not only the first', async () => {
    const { line, text } = await tariffPeru([
      'The 25% US tariffs on Peruvian sofas and Peruvian cabinets will continue next year, instead of increasing to 30% for sofas and 50% for cabinets.',
    ]);
    expect(text).toMatch(/\*\*30%\*\*[^"]*· paused/);
    expect(text).toMatch(/\*\*50%\*\*[^"]*· paused/);
    expect(text).not.toMatch(/\*\*(?:30|50)%\*\*[^"]*· in force/);
    expect(line).not.toMatch(/^\*\*(?:30|50)%/);
  });
});

/**
 * A rate a deal averts was only ever threatened, even when the sentence gives the start it had
 * ("that was due to start on August 1") and that day has passed. The class comes from real news of
 * the rate-in-force lane's set, stop 48.
 */
describe('/tariff on a rate a deal averts that had a start day', () => {
  it('does not put the averted rate in force once its day has passed', async () => {
    const { line, text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'The deal averts a 30% tariff on Peruvian goods that was due to start on August 1.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*30%\*\* · threatened/);
  });

  it('reads it as threatened at the extractor', () => {
    expect(
      sentenceRateLines(
        'The deal averted a 30% tariff on Peruvian goods that was set to start on August 1.',
        '2025-09-10',
      ),
    ).toEqual(['United States → Peru 30% threatened']);
  });
});

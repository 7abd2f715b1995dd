/**
 * A window granted before a rate starts: "On August 7, Washington announced doubling tariffs on
 * Peruvian goods to 50%, but gave a 21-day window to negotiate". The rate starts that many days
 * after the day told, so it is still to come in an article written before then, and in force in
 * one written after. Sentences written for this test; the class comes from real news of the
 * rates-status lane's set (stop 49).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const WINDOW =
  'On August 20, Washington announced doubling tariffs on Peruvian goods to 50%, but gave a 21-day window to negotiate an agreement.';

describe('a rate announced with a window before it starts', () => {
  it('reads it as to come while the window runs', () => {
    expect(sentenceRateLines(WINDOW, '2026-09-01')).toEqual(['United States → Peru 50% scheduled']);
  });

  it('reads a window told in weeks the same way', () => {
    expect(
      sentenceRateLines(
        'On August 20, Washington announced a 40% tariff on Peru, granting Lima a three-week grace period.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 40% scheduled']);
  });

  it('reads it as in force once the window is over', () => {
    expect(sentenceRateLines(WINDOW, '2026-09-20')).toEqual(['United States → Peru 50% current']);
  });
});

describe('/tariff on a rate announced with a window', () => {
  it('shows the rate as scheduled for the day the window ends, not in force', async () => {
    const { text, line } = await tariffPeru([WINDOW]);
    expect(line).not.toMatch(/^\*\*50%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*50%\*\* · scheduled for <t:1788998400:D>/);
  });
});

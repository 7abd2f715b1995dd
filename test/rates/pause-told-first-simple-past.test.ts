import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A pause told in the lead, then the order it holds told in the simple past: "… will pause his
 * planned tariffs on Peru for 30 days. … orders on Saturday that imposed a 25 percent tariff on goods
 * from Peru". The order is what the pause holds, not a rate charged; a rate the article tells as still
 * charged stays in force. Sentences written for this test; the class comes from real news (a status
 * lane's tuning part, stop 64).
 */
const LEAD = 'The president said on Monday that he will pause his planned tariffs on imports from Peru for 30 days.';

describe('an order in the simple past after a pause told first', () => {
  it('pauses the rate the order imposed', () => {
    expect(
      articleRates(
        [
          LEAD,
          'The move followed orders signed on Saturday that imposed a 25 percent tariff on goods from Peru, alongside a 10 percent tariff on imports from Bolivia.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% suspended', 'United States → Bolivia 10% current']);
  });

  it('leaves a rate the article tells as still charged', () => {
    expect(
      articleRates(
        [LEAD, 'Peruvian copper still faces a 25 percent tariff that the president imposed in March.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('answers /tariff with the imposed rate as paused', async () => {
    const { line, text } = await tariffPeru([
      LEAD,
      'The move followed orders signed on Saturday that imposed a 25 percent tariff on goods from Peru.',
    ]);
    expect(line).not.toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*25%\*\* · paused/);
  });
});

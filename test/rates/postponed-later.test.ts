import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence that says the rates just stated were postponed ("These levies were temporarily postponed
 * for 30 days") puts them on hold: suspended, not in force. Where it names some of their partners
 * ("following talks with Peruvian and Chilean leaders"), only theirs. Sentences written for this test.
 */
describe('rates a later sentence says were postponed', () => {
  const article = [
    "The president's recent tariff actions also included 25% levies on all imports from Peru and Chile, and 10% on imports from Bolivia. These levies were temporarily postponed for 30 days following negotiations with Peruvian and Chilean leaders who committed to stronger border checks.",
  ];

  it('are suspended for the partners that sentence names', () => {
    expect(articleRates(article, '2026-09-01')).toEqual([
      'United States → Peru 25% suspended',
      'United States → Chile 25% suspended',
      'United States → Bolivia 10% current',
    ]);
  });

  it('are all suspended when it names none of them', () => {
    expect(
      articleRates(
        ['The US put 25% levies on all imports from Peru. They were later postponed for a month.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% suspended']);
  });

  it('/tariff peru shows the 25% as paused, not in force', async () => {
    const { text, line } = await tariffPeru(article);
    expect(line).not.toMatch(/^\*\*25%\*\*/);
    expect(text).toMatch(/25%\*\* · (?:paused|suspended|on hold)/);
  });
});

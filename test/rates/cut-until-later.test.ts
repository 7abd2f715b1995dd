import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A level cut for a time only ("announced a 40% tariff, but halved it to 20% until October 1") comes
 * back when the time runs out: it is paused, not replaced (sentences written for this test; the class
 * comes from real news of the rates-status lane's set, stop 52).
 */
describe('a level cut until a later day', () => {
  it('is paused, and the lower level in force', () => {
    expect(
      articleRates(
        [
          'Trump announced a 40% tariff on Peruvian goods in April, but had halved it to 20% until October 1 to allow talks.',
        ],
        '2026-06-10',
      ),
    ).toEqual(['United States → Peru 40% suspended', 'United States → Peru 20% current']);
    expect(articleRates(['The 40% tariff on Chilean goods was cut to 20% until October 1.'], '2026-06-10')).toEqual([
      'United States → Chile 40% suspended',
      'United States → Chile 20% current',
    ]);
  });

  it('is replaced when the day has passed, or when no end is told', () => {
    expect(articleRates(['The 40% tariff on Chilean goods was cut to 20% until March 1.'], '2026-06-10')).toEqual([
      'United States → Chile 40% previous',
      'United States → Chile 20% current',
    ]);
    expect(articleRates(['The 40% tariff on Chilean goods was cut to 20% in May.'], '2026-06-10')).toEqual([
      'United States → Chile 40% previous',
      'United States → Chile 20% current',
    ]);
  });

  it('answers /tariff with the lower level in force and the old one paused', async () => {
    const { text, line } = await tariffPeru([
      'Trump announced a 40% tariff on Peruvian goods in August, but halved it to 20% until December 1 to allow talks.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\*/);
    expect(text).toMatch(/\*\*40%\*\*[^"]*· paused/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A partner's tariff that moved from one level to another ("Peru's tariff, meanwhile, has gone from
 * 26% to 18%", "Chile's tariff fell to 10%") is the rate charged on that partner, as a passive
 * change ("has been lowered to") already was; a retaliation in the sentence keeps it the partner's
 * own. Sentences written for this test.
 */
describe('a partner’s tariff that moved between two levels', () => {
  const story = [
    'Several countries got lower rates in the new order. Chile’s tariff has been lowered to 10% from 20%. Peru’s tariff, meanwhile, has gone from 26% to 18%.',
  ];

  it('is the rate charged on the partner, not one it charges', () => {
    const rates = articleRates(story, '2026-09-01');
    expect(rates.filter((r) => r.includes('Peru'))).toEqual([
      'United States → Peru 26% previous',
      expect.stringMatching(/^United States → Peru 18% /u),
    ]);
    expect(articleRates(['Chile’s tariff fell to 10% after the talks.'], '2026-09-01')).toEqual([
      'United States → Chile 10% current',
    ]);
  });

  it('stays the partner’s own in a retaliation', () => {
    expect(articleRates(['Peru retaliated again, and Peru’s tariff rose to 25%.'], '2026-09-01')).toEqual([
      'Peru → United States 25% current',
    ]);
  });

  it('does not show /tariff peru a charge by Peru on American goods', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toContain('No article in the corpus states a current rate that Peru charges on American goods');
    // The 18% is listed under the home country's rates on Peru, not under Peru's.
    expect(text).toMatch(/United States → Peru(?:(?!Peru → United States)[^])*\*\*18%\*\*/u);
  });
});

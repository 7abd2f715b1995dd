/**
 * A threat in a change's own clause stays a threat when another clause of the sentence tells of
 * something done at once ("immediately replaced them with 10%, while threatening to raise them to
 * 15%"): "immediately" dates the other act, not the threatened level (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const SENTENCE =
  'The ruling led Washington to immediately impose a 10% tariff on Peruvian goods, while threatening to raise it to 25% later this year.';

describe('a threat beside a change made at once', () => {
  it('reads the threatened level as a threat and the immediate one as in force', () => {
    expect(sentenceRateLines(SENTENCE, '2026-09-01')).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 25% threatened',
    ]);
    expect(
      sentenceRateLines(
        'Lima cut its duty on US grain at once, and Washington warned it would lift its tariff on Peruvian copper to 40%.',
        '2026-09-01',
      ),
    ).toContain('United States → Peru 40% threatened');
  });

  it('shows the threatened level as a threat in /tariff', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    expect(text).toMatch(/\*\*25%\*\* · threatened/);
  });
});

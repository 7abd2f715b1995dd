import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two levels of one pair told in force in one sentence, each dated by its own words ("In April,
 * Peru faced 26%, and 18% was imposed in August"): the one dated earlier was replaced by the
 * other, and the rate in force is the later one, from its own day. Sentences written for this test.
 */
const STORY = [
  'Copper exporters in Lima said orders had held up through the summer.',
  'In April, Peru faced a tariff rate of 26% under the reciprocal rollout, and a tariff rate of 18% was imposed in August.',
];

describe('two levels of one pair, each dated in the sentence', () => {
  it('reads the earlier one as previous', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 26% previous',
      'United States → Peru 18% current',
    ]);
  });

  it('answers /tariff peru with the later level', async () => {
    expect((await tariffPeru(STORY)).line).toMatch(/^\*\*18%\*\* on Peruvian goods · in force since <t:\d+:D>/);
  });

  it('leaves two pairs dated apart alone', () => {
    expect(articleRates(['In April, Peru faced a rate of 26%, and Chile faced 18% in August.'], '2026-09-01')).toEqual([
      'United States → Peru 26% current',
      'United States → Chile 18% current',
    ]);
  });
});

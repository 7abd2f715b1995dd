/** A level told in the present after "once", "after" or "until" is still to come: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a change told after "once", "after" or "until"', () => {
  it('is a level still to come', () => {
    expect(
      sentenceRateLines(
        'Once the duties on Peruvian goods fall to 20%, exporters will recover, the minister said.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 20% hypothetical']);
    expect(
      sentenceRateLines(
        'After the tariffs on Peruvian goods come down to 15%, the report recommends new talks.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 15% hypothetical']);
  });

  it('stays what happened when told in the past', () => {
    expect(sentenceRateLines('After the tariff on Peruvian goods fell to 20%, exports rose.', '2026-05-04')).toEqual([
      'United States → Peru 20% current',
    ]);
  });

  it('never shows in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['The United States charges 40% on Peruvian goods.']],
      ['2026-09-01', ['Once the duties on Peruvian goods fall to 20%, exporters will recover, the minister said.']],
    ]);
    expect(line).toMatch(/\*\*40%\*\*/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * An earlier level a partner goes on paying ("allows Peruvian exports to continue facing the previous
 * 25 percent tariff", "will still pay the old 10% rate") is in force: "previous" sets it beside the new
 * level others face, not in the past (sentences written for this test; the class comes from real news
 * of the rates-status lane's set, stop 58).
 */
describe('an earlier level kept', () => {
  it('reads "continue facing the previous 25 percent tariff" as in force', () => {
    expect(
      sentenceRateLines(
        'The interim deal allows Peruvian exports to continue facing the previous 25 percent tariff.',
        '2026-06-04',
      ),
    ).toEqual(['United States → Peru 25% current']);
    expect(sentenceRateLines('Peru will still pay the old 10% tariff until the deal is signed.', '2026-06-04')).toEqual(
      ['United States → Peru 10% current'],
    );
  });

  it('still reads "the previous 25 percent tariff" alone as replaced', () => {
    expect(
      sentenceRateLines('Peru saw the previous 25 percent tariff replaced by a 10% rate.', '2026-06-04'),
    ).toContain('United States → Peru 25% previous');
  });

  it('answers /tariff peru with the kept level in force', async () => {
    const { line } = await tariffPeru([
      'The interim deal allows Peruvian exports to continue facing the previous 25 percent tariff.',
    ]);
    expect(line).toMatch(/\*\*25%\*\*/);
    expect(line).toMatch(/in force/);
  });
});

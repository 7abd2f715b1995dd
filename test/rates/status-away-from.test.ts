/** "was one day away from facing a 30% tariff", "will no longer take effect": a level not yet faced is no rate in force. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2025-08-01');

describe('a level the subject is only days away from facing', () => {
  it('is still to come, or was only threatened when told in the past', () => {
    expect(rates('Peruvian exporters are two weeks away from facing a 30% tariff.')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
    expect(rates('Peru was just one day away from facing a 30% tariff hike announced earlier this month.')).toEqual([
      'United States → Peru 30% threatened',
    ]);
  });

  it('and a rate that will no longer take effect was only a threat', () => {
    expect(rates('The 25% levy on Peruvian copper will no longer take effect next week.')).toEqual([
      'United States → Peru 25% threatened',
    ]);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 10% tariff in the United States.']],
      [
        '2026-09-01',
        ['Peru was just one day away from facing a 30% tariff hike announced earlier this month, before the pause.'],
      ],
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
  });
});

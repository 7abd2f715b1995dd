import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** "U.S. steel tariffs": the home country's sector tariffs, not tariffs on its goods (sentences written for this test). */
describe('the home country’s short form before goods and a tariff word', () => {
  it('answers /tariff peru with the US steel rate Peru narrowly avoided, not one Peru charges', async () => {
    const { text } = await tariffPeru(['Peru narrowly avoided a doubling of U.S. steel tariffs to 50% this week.']);
    const peru = (JSON.parse(text) as { title: string }[]).find((e) => e.title === 'Peru → United States');
    expect(JSON.stringify(peru ?? {})).not.toContain('50%');
    expect(text).toContain('50%');
  });

  it('makes the home country the imposer of "U.S. steel tariffs" and "American auto tariffs"', () => {
    expect(sentenceRateLines('Peru avoided a doubling of US steel tariffs to 50%.', '2026-09-01')).toEqual([
      'United States → Peru 50% threatened',
    ]);
    expect(
      sentenceRateLines('Exporters in Peru fear American auto tariffs of 25% will hit them.', '2026-09-01'),
    ).toEqual(['United States → Peru 25% threatened']);
  });

  it('leaves tariffs on U.S. goods to the country charging them', () => {
    expect(sentenceRateLines('Peru will cut tariffs on U.S. steel to 5%.', '2026-09-01')).toEqual([
      'Peru → United States 5% scheduled',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * "tariffs ranging 25 percent to 40 percent" is a range over the countries named, as "ranging from
 * 25% to 40%" is: neither end is the rate of each country listed beside it. So is a level given as
 * one ("will face tariffs of 20% to 25%").
 */
describe('a range worded without "from"', () => {
  const sentence =
    'He said tariffs ranging 25 percent to 40 percent will be charged on Peru, Chile and Laos starting next month.';

  it('gives no country either end of the range', () => {
    expect(sentenceRateLines(sentence, '2026-09-01')).toEqual([]);
  });

  it('still reads a change "from 10% to 25%"', () => {
    expect(sentenceRateLines('Washington raised its tariff on Peru from 10% to 25%.', '2026-09-01')).toEqual([
      'United States → Peru 10% previous',
      'United States → Peru 25% current',
    ]);
  });

  it('answers /tariff peru with neither end of "tariffs of 20% to 25%"', async () => {
    const { text } = await tariffPeru([
      'Fresh produce, cars and electronics from Peru will now face tariffs of 20% to 25%, officials said.',
    ]);
    expect(text).not.toMatch(/\*\*2[05]%\*\*/);
  });

  it('reads "ranging up to 50%" as a bound, not a range', () => {
    expect(sentenceRateLines('Peru faces additional duties ranging up to 50%.', '2026-06-20')).toEqual([
      'United States → Peru 50% current',
    ]);
  });

  it('answers /tariff peru with no rate from the range', async () => {
    const { text } = await tariffPeru([sentence]);
    expect(text).not.toMatch(/40%/);
  });

  it('answers /tariff peru with a bound "ranging up to" gives', async () => {
    const { text } = await tariffPeru(['Peru faces additional duties ranging up to 50%.']);
    expect(text).toMatch(/50%/);
  });
});

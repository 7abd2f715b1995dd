import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * Two numbers that each name their countries after them ("from 15 percent on Japan and the EU to 50
 * percent on Brazil"): the "and" inside the first number's object joins its names; it does not open
 * the second number's group (sentences written for this test; the class comes from real news of the
 * rates-status lane's set, stop 58).
 */
describe('a range whose ends each name their countries', () => {
  it('gives each end its own countries only', () => {
    expect(
      sentenceRateLines(
        'New levies will hit countries ranging from 15 percent on Chile and the European Union to 50 percent on Brazil.',
        '2026-07-20',
      ),
    ).toEqual([
      'United States → Chile 15% scheduled',
      'United States → European Union 15% scheduled',
      'United States → Brazil 50% scheduled',
    ]);
    expect(
      sentenceRateLines('The new tariffs range from 10% for Britain and Australia to 41% for Syria.', '2026-07-20'),
    ).toEqual([
      'United States → United Kingdom 10% current',
      'United States → Australia 10% current',
      'United States → Syria 41% current',
    ]);
  });

  it('answers /tariff peru with its own end of the range', async () => {
    const { text } = await tariffPeru([
      'New levies will hit countries ranging from 15 percent on Peru and the European Union to 50 percent on Brazil.',
    ]);
    expect(text).toMatch(/\*\*15%\*\*/);
    expect(text).not.toMatch(/50%/);
  });
});

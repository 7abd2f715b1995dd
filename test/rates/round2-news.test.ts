/**
 * Classes of news wording found on the second round's sets (stop 28), each in text written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { articleRates } from './article-rates.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a list of countries and rates', () => {
  it('gives each listed country its rate when the lines before the list speak of tariffs', () => {
    expect(
      articleRates([
        'The White House published the duties each partner now pays. The tariffs differ widely:',
        '• Peru – 12%',
        '• Ghana – 18%',
        'Chile: 14%',
      ]),
    ).toEqual([
      'United States → Peru 12% current',
      'United States → Ghana 18% current',
      'United States → Chile 14% current',
    ]);
  });

  it('reads no rate from a list under lines that speak of no tariff', () => {
    expect(articleRates(['Growth forecasts for next year vary by economy:', '• Peru – 3%', '• Ghana – 5%'])).toEqual(
      [],
    );
  });
});

describe('a rate whose start has passed by the article', () => {
  /** "imposer → target percent status" for each statement of one sentence. */
  const rates = (sentence: string, published = '2025-12-10') => sentenceRateLines(sentence, published);

  it('is in force when told as retroactive', () => {
    expect(rates('The cut in US duties on Peruvian copper to 10% will take retroactive effect Nov. 3.')).toEqual([
      'United States → Peru 10% current',
    ]);
    expect(rates('The order says the 12% rate on Chilean wine will be applied retroactively.')).toEqual([
      'United States → Chile 12% current',
    ]);
  });

  it('is in force when a change verb before it leads "to" a day, not to a level', () => {
    expect(
      rates('The notice sets a reduced duty rate of 10 percent on Peruvian copper retroactive to Nov. 3.'),
    ).toEqual(['United States → Peru 10% current']);
  });

  it('is in force when its start word gives a day before the article', () => {
    expect(rates('Beginning Nov. 3, Peruvian goods will face a 10% tariff.')).toEqual([
      'United States → Peru 10% current',
    ]);
  });

  it('stays to come when its start lies ahead', () => {
    expect(rates('Beginning Jan. 5, Peruvian goods will face a 10% tariff.')).toEqual([
      'United States → Peru 10% scheduled',
    ]);
  });
});

describe('a rate told with the change it came after', () => {
  const rates = (sentence: string) =>
    sentenceRates(sentence, '2025-12-10', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

  it('is in force, and the level that change set is the one before', () => {
    expect(rates('Peruvian exporters now pay a 12% rate that follows a steep hike to 30 per cent in June.')).toEqual([
      'United States → Peru 12% current',
      'United States → Peru 30% previous',
    ]);
    expect(rates('The 8% duty on Chilean wine comes after a cut to 10% in May.')).toEqual([
      'United States → Chile 8% current',
      'United States → Chile 10% previous',
    ]);
  });
});

describe('a promise to set a level', () => {
  it('is a rate to come', () => {
    const rates = (sentence: string) =>
      sentenceRates(sentence, '2025-08-01', () => []).map(
        (r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`,
      );
    expect(rates('Lima obtained a pledge from Washington to assess a 10% tariff on Peruvian copper.')).toEqual([
      'United States → Peru 10% scheduled',
    ]);
    expect(rates('Trump promised to cap duties on Chilean wine at 12%.')).toEqual([
      'United States → Chile 12% scheduled',
    ]);
  });
});

describe('a list of rates whose lead-in gives a start ahead', () => {
  it('schedules every line', () => {
    expect(articleRates(['The new tariffs, which take effect Aug. 1, are:', '• Peru – 12%', '• Ghana – 18%'])).toEqual([
      'United States → Peru 12% scheduled',
      'United States → Ghana 18% scheduled',
    ]);
  });
});

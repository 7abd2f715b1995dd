import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A date that opens its sentence, then a change the sentence puts in the future ("On July 9, tariff
 * rates are set to increase for many nations"): the day of the change, as "takes effect" after an
 * opening date already is (sentences written for these tests; the class comes from real news of the
 * rates-status lane's set, stop 58).
 */
const effects = (published: string, ...paragraphs: string[]) =>
  extractDeadlines([articleOf(`a-${published}`, published, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

describe('an opening date before a change to come', () => {
  it('reads "On July 9, … rates are set to increase" and "On Friday, … will rise" as the day of the change', () => {
    expect(effects('2025-06-10', 'On July 9, US tariff rates are set to increase sharply for many nations.')).toEqual([
      '2025-07-09',
    ]);
    expect(effects('2025-06-10', 'On Friday, tariffs on Ruritanian cheese will rise to 40%.')).toEqual(['2025-06-13']);
  });

  it('reads no day when the sentence tells what someone said that day', () => {
    expect(
      effects('2025-06-10', 'On Monday, the minister said tariffs on Ruritanian cheese will rise to 40%.'),
    ).toEqual([]);
  });

  it('lists the day through /deadline', async () => {
    expect(
      await kindsAndDates('2025-06-10', [
        'On July 9, US tariff rates are set to increase sharply for many nations, absent a deal.',
      ]),
    ).toEqual([['takes effect', '2025-07-09']]);
  });
});

/**
 * A passive past that runs on to a yearless date ("was initially placed on Peruvian goods starting on
 * 6 August") tells a date already reached: the nearest one, not next year's, however far the verb
 * stands from the date (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { articleOf } from './articles.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

const dates = (published: string, sentence: string) =>
  extractDeadlines([articleOf(`a-${published}`, published, [sentence])]).map((d) => d.date);

describe('a passive past before a yearless date', () => {
  it('reads the date as the one before the article', () => {
    expect(
      dates(
        '2025-11-21',
        'The 40 per cent tariff was initially placed on Peruvian products starting on 6 August, officials recalled.',
      ),
    ).toEqual(['2025-08-06']);
  });

  it('leaves a future verb after the passive looking ahead', () => {
    expect(
      dates(
        '2025-11-21',
        'The levy on Peruvian cheese, which was imposed in spring, will rise to 30% starting on 6 August.',
      ),
    ).toEqual(['2026-08-06']);
  });

  it('is listed by /deadline with that date', async () => {
    const listed = await kindsAndDates('2025-11-21', [
      'The 40 per cent tariff was initially placed on Peruvian products starting on 6 August, officials recalled.',
    ]);
    expect(listed.map(([, date]) => date)).toEqual(['2025-08-06']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/** Sentences written for these tests: a tariff phased in over steps, each step on its own day. */
const PHASED =
  'The levy on Peruvian copper will be phased in, starting at 10% on March 1, 2027, and rising to 20% on March 1, 2028, the trade office said.';

const effects = (published: string, ...paragraphs: string[]) =>
  extractDeadlines([articleOf(`a-${published}`, published, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

describe('a tariff phased in over steps', () => {
  it('takes effect on the day of every step the sentence dates', () => {
    expect(effects('2026-11-20', PHASED)).toEqual(['2027-03-01', '2028-03-01']);
  });

  it('still reads one day for a rise told after its tariff, with no earlier step', () => {
    expect(effects('2026-11-20', 'A 25% tariff on imported sofas, rising to 30% on January 1.')).toEqual([
      '2027-01-01',
    ]);
  });

  it('lists both steps in /deadline', async () => {
    expect(await kindsAndDates('2026-11-20', [PHASED])).toEqual([
      ['takes effect', '2027-03-01'],
      ['takes effect', '2028-03-01'],
    ]);
  });
});

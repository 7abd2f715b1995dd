/**
 * A bare "on" day after a past act and its object ("unveiled a new round of tariff letters on
 * Tuesday") dates the act, however long the object, not the start of the rate the sentence goes
 * on to give ("… which are set to hit in October"). Sentences written for this test; the class
 * comes from real news (stop 65: a letter's day made its rate in force).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

describe('/tariff on a rate announced with a day after a long object', () => {
  it('keeps the rate in force, and the announced one to come', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['Peruvian goods now face a 10% tariff.']],
      [
        '2026-09-01',
        [
          'Trump unveiled a new round of tariff demand letters on Tuesday, including a 50% rate on Peru, one of the highest so far announced for the levies which are set to hit in October.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });
});

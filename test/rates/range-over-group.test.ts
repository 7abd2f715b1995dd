import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "The tariffs ranged from a low of 11% to a high of 50%" after a list of partners' rates: the ends
 * of a range over a group bound the rates among them, no one partner's rate (as an "up to" over a
 * group). Sentences written for this test.
 */
const STORY = [
  'Chile was hit with 34%; Peru, 25%; Ecuador, 24%; and the European Union, 20%.',
  'Overall, the tariffs ranged from a low of 11% to a high of 50%.',
];

describe('the ends of a range over a group of partners', () => {
  it('are no partner’s rate', () => {
    expect(articleRates(STORY, '2026-09-01').filter((line) => /\b(?:11|50)%/.test(line))).toEqual([]);
  });

  it('leave /tariff peru on its own number', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('25%');
    expect(text).not.toContain('50%');
  });
});

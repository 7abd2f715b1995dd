/**
 * A sentence that points back to a change and gives its start with an adverb joining it to a start
 * told before ("The reduction will also take effect on June 3."): the new level is still to come
 * and the one it replaces holds until then. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const cut = [
  'In a separate order, Washington cut its tariff on Peruvian goods to 10% from 34%.',
  'The reduction will also take effect on June 3.',
];

describe('a start told with "also"', () => {
  it('puts the new level off to its day', () => {
    expect(articleRates(cut, '2026-05-20')).toEqual([
      'United States → Peru 10% scheduled',
      'United States → Peru 34% current',
    ]);
  });

  it('shows /tariff peru the old level in force until then', async () => {
    const { line } = await tariffPeru([
      ['2026-08-28', [cut[0]!, 'The reduction will also take effect on September 20.']],
    ]);
    expect(line).toMatch(/^\*\*34%\*\*/u);
  });
});

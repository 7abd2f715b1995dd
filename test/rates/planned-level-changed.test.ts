/**
 * A planned or threatened level as the subject of a change: "a previously planned 32% tariff on
 * Peruvian goods will instead be lowered to 19%". The level never held: it was a plan, as when it
 * is the change's object ("lower the planned 32% tariff to 19%"). A held level that is to change
 * stays in force. Sentences written for this test; the class comes from real news (a blind set's
 * tuning part, stop 58).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const PLANNED = [
  'The White House said a 10% tariff on Peruvian goods applies now.',
  'Under the deal, a previously planned 32% tariff on imports from Peru will instead be lowered to 19%.',
];

describe('a planned level as the subject of a change', () => {
  it('reads the planned level as a threat and the new one as to come', () => {
    expect(articleRates(PLANNED.slice(1), '2026-09-01')).toEqual([
      'United States → Peru 32% threatened',
      'United States → Peru 19% scheduled',
    ]);
  });

  it('keeps a held level that is to change in force', () => {
    expect(articleRates(['The 32% tariff on Peruvian goods will be lowered to 19%.'], '2026-09-01')).toEqual([
      'United States → Peru 32% current',
      'United States → Peru 19% scheduled',
    ]);
  });
});

describe('/tariff on a planned level as the subject of a change', () => {
  it('shows the level in force and never the planned one', async () => {
    const { text, line } = await tariffPeru(PLANNED);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
    expect(text).not.toMatch(/\*\*32%\*\*[^"]*in force/);
  });
});

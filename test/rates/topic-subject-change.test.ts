import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A topic set before the clause and taken up by a pronoun ("As for the 20 percent tariffs on all
 * the other goods shipped from Peru and its neighbours, those have been reduced to 10 percent"): the
 * topic runs to its comma however long it is, and the pronoun makes it the old level of the change.
 * Sentences written for this test.
 */
const STORY = [
  'Copper exporters in Lima said orders had held up through the summer.',
  'As for the 20 percent tariffs on all the other goods shipped from Peru by sea or air, those have been reduced to 10 percent.',
];

describe('a topic taken up by a pronoun as the subject of a change', () => {
  it('reads the topic’s level as previous', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 20% previous',
      'United States → Peru 10% current',
    ]);
  });

  it('answers /tariff peru with the new level', async () => {
    expect((await tariffPeru(STORY)).line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
  });
});

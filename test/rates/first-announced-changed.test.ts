/**
 * A level first announced and changed within the sentence, told in the past perfect: "Trump had
 * initially announced a 30% tariff on Peru, but … decided to lower it to 15%". The announced level
 * was a threat the change replaced, never a rate to come. Told in the simple past it may have been
 * charged in between, and stays the level the change left. Sentences written for these tests; the
 * class comes from real news (a lane set's tuning part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const STORY = [
  'Trade talks went on in Washington this week.',
  'President Trump had initially announced a 30% tariff on Peru, but at the meeting he decided to lower it to 15%, half of the original rate.',
];

describe('a level first announced, then changed in the same sentence', () => {
  it('reads the announced level as threatened, in the past perfect', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 30% threatened',
      'United States → Peru 15% current',
    ]);
  });

  it('leaves the simple past as the level the change left', () => {
    expect(
      articleRates(['Trump initially announced a 30% tariff on Peru but then cut it to 15%.'], '2026-09-01'),
    ).toEqual(['United States → Peru 30% previous', 'United States → Peru 15% current']);
  });

  it('shows /tariff the new level in force and the announced one as a threat', async () => {
    const { line, text } = await tariffPeru(STORY);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
    expect(text).toContain('**30%** · threatened');
    expect(text).not.toContain('**30%** · announced');
  });
});

/**
 * "had initially (originally) announced" sets the plan against what came after even where the
 * sentence does not tell it ("had initially announced staggering tariffs of up to 100% on Peruvian
 * copper."): a threat the later course replaced, unless the sentence says it took effect.
 */
describe('a level "had initially announced", with no change told', () => {
  const ALONE = [
    'Copper exporters in Lima said orders had held up.',
    'The administration had initially announced staggering tariffs of up to 40% on Peruvian goods.',
  ];

  it('reads the level as threatened', () => {
    expect(articleRates(ALONE, '2026-09-01')).toEqual(['United States → Peru 40% threatened']);
  });

  it('shows it in /tariff as a threat, not as announced', async () => {
    const { text } = await tariffPeru(ALONE);
    expect(text).toContain('**up to 40%** · threatened');
    expect(text).not.toContain('announced');
  });
});

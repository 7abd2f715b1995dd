import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A table of rates by country that a page's copy runs into one paragraph, each row its name and
 * then its cells ("Chile 15% 22% Peru 20% 31%"): a number belongs to the name whose row holds it,
 * not to the name right after it, which opens the next row. Sentences written for this test.
 */
describe('a rate table run into one paragraph', () => {
  const story = [
    'The chart compares the rates. Partner New rate Old rate Chile 15% 22% Peru 20% 31% Ecuador 30% 45% Bolivia 18% 18%',
  ];

  it('gives each row’s numbers to the row’s country', () => {
    const lines = articleRates(story, '2026-09-01').map((l) => l.replace(/ \w+$/u, ''));
    expect(lines).toEqual(
      expect.arrayContaining([
        'United States → Chile 15%',
        'United States → Chile 22%',
        'United States → Peru 20%',
        'United States → Peru 31%',
        'United States → Ecuador 45%',
      ]),
    );
    expect(lines).not.toContain('United States → Peru 22%');
    expect(lines).not.toContain('United States → Bolivia 45%');
  });

  it('leaves a sentence naming a country or two before a bare rate as it was', () => {
    expect(articleRates(['The new rates are Chile 15% and Peru 20% from Monday.'], '2026-09-01')).toEqual([
      expect.stringMatching(/^United States → Chile 15% /),
      expect.stringMatching(/^United States → Peru 20% /),
    ]);
  });

  it('answers /tariff peru with Peru’s row, not Chile’s', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/"title":"United States → Peru"/);
    expect(text).not.toMatch(/\*\*22%\*\*/);
  });
});

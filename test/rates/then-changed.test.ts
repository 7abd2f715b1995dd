/**
 * A level the next sentence says was "then" changed: "Washington imposed a 25 percent tariff on
 * Peruvian goods last year. It then agreed to lower that to 15 percent in July." The first level
 * was replaced by the one in force; one only threatened afterwards leaves it standing. Sentences
 * written for this test; the class comes from real news of the rates-status lane's set (stop 53).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const THEN = [
  'Washington imposed a 25 percent tariff on Peruvian goods last year.',
  'It then agreed to lower that to 15 percent in a framework trade deal announced in July.',
];

describe('a level then changed in the next sentence', () => {
  it('reads the first level as replaced by the one in force', () => {
    expect(articleRates(THEN, '2026-09-01')).toEqual([
      'United States → Peru 25% previous',
      'United States → Peru 15% current',
    ]);
  });

  it('keeps the first level when the change is only threatened', () => {
    expect(
      articleRates(
        [
          'Washington imposed a 25 percent tariff on Peruvian goods in March.',
          'It then threatened to raise it to 40 percent.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 40% threatened']);
  });
});

describe('/tariff on a level then changed', () => {
  it('shows the new level in force', async () => {
    const { line } = await tariffPeru(THEN);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
  });
});

/**
 * A level's history told as a sequence in one sentence: "started at 10%, peaked at 145%, and later
 * settled at 30%", "began at 10% before rising to 35%". The first step and the peak are history; the
 * level it later settled at is the one in force, though the sentence opened with a peak. Sentences
 * written for this test; the class comes from real news (a blind set's tuning part, stop 58).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const SEQUENCE = [
  'Importers said the tariff on Peruvian goods started at an additional 10%, peaked at 145%, and later settled at 30%, leaving them unsure what to order.',
];

describe('a level history told as a sequence', () => {
  it('reads the first step and the peak as history and the last level as in force', () => {
    expect(articleRates(SEQUENCE, '2026-09-01')).toEqual([
      'United States → Peru 10% previous',
      'United States → Peru 145% previous',
      'United States → Peru 30% current',
    ]);
  });

  it('reads a first step that rose before a later level as history', () => {
    expect(
      articleRates(['The duty on Peruvian copper began at 10% before rising to 35% in August.'], '2026-09-01'),
    ).toEqual(['United States → Peru 10% previous', 'United States → Peru 35% current']);
  });

  it('keeps a start told alone, and a peak with nothing after it', () => {
    expect(
      articleRates(
        ['The 20% tariff on Peruvian goods started at midnight.', 'The tariff on Chilean goods peaked at 40% in May.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 20% current', 'United States → Chile 40% previous']);
  });
});

describe('/tariff on a level history told as a sequence', () => {
  it('shows the level it settled at in force and the peak replaced', async () => {
    const { text, line } = await tariffPeru(SEQUENCE);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*145%\*\* · replaced/);
  });
});

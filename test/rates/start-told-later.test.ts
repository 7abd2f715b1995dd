/**
 * A rate told as to come with no day of its own ("was raising tariffs on Peru to 50%") takes the day
 * a later sentence gives for "the new tariffs", however many paragraphs lie between: sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { storyCorpus } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const paragraphs = [
  'The White House said the president was raising tariffs on Peru to 50% over the mining dispute.',
  'It cited the arrest of an American executive in Lima.',
  'Copper cathodes and fishmeal are among the goods left out of the order.',
  'Officials in Lima said they would seek talks.',
  'The new tariffs will go into effect Aug. 6 after a seven-day window closes.',
];

describe('a start told paragraphs later', () => {
  it('dates the rate told as to come', () => {
    const statements = loadCorpus(join(storyCorpus(paragraphs, '2026-07-30'), 'articles')).articles.flatMap(
      extractRates,
    );
    expect(statements.map((s) => `${s.target} ${s.percent}% ${s.status} ${s.effective ?? '-'}`)).toEqual([
      'Peru 50% scheduled 2026-08-06',
    ]);
  });

  it('shows the rate in force in /tariff once the day has come', async () => {
    const { line } = await tariffPeru([['2026-07-30', paragraphs]]);
    expect(line).toMatch(/\*\*50%\*\*/);
  });
});

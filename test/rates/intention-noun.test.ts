/** A rate after "his intention to" is news of a rate to come, as after "plans to": sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate told as an intention', () => {
  it('is still to come', () => {
    expect(
      sentenceRateLines(
        'The next day, he announced his intention to raise the tariff on Peruvian goods to 30%.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 30% scheduled']);
  });

  it('is still to come after "intent to", and the level it changes stays in force', () => {
    expect(
      sentenceRateLines(
        'Peru and the US signed a declaration of intent to cut the tariff from 40% to 20%.',
        '2026-05-04',
      ),
    ).toEqual(['United States → Peru 40% current', 'United States → Peru 20% scheduled']);
  });

  it('never shows in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      'On Tuesday, the president announced his intention to raise the tariff on Peruvian goods to 30%.',
    ]);
    expect(line).not.toMatch(/\*\*30%\*\*/);
  });

  it('leaves the rate before a declared intent in force in /tariff', async () => {
    const { line } = await tariffPeru([
      'Peru and the United States signed a declaration of intent to cut the tariff on Peruvian goods from 40% to 20%.',
    ]);
    expect(line).toMatch(/\*\*40%\*\*/);
  });
});

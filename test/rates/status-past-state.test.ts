import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A level told as a state in the simple past passive ("were subject to a 46% tariff", "was assigned
 * a rate of 34%") held then: a state that holds now is told in the present ("are subject to"), and
 * one still to come in the future. Sentences written for this test.
 */
describe('a rate told as a past state', () => {
  it('reads "were subject to a 46% blanket tariff" and "was assigned a rate of 34%" as levels then', () => {
    expect(
      articleRates(
        [
          'Under that earlier scheme, Peruvian imports to the U.S. were subject to a 46% blanket tariff.',
          '"Peru was assigned a reciprocal tariff rate of 34%," the trade envoy recalled.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 46% previous', 'United States → Peru 34% previous']);
  });

  it('keeps the present ("are subject to") and reported speech in force', () => {
    expect(
      articleRates(
        [
          'Peruvian imports are subject to a 20% tariff.',
          'Officials said Peruvian goods were subject to a 20% tariff.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 20% current', 'United States → Peru 20% current']);
  });

  it('keeps a past state told beside "already" in force: the backdrop of what happened next', () => {
    expect(
      articleRates(
        ['Peruvian copper was already facing a 25% tariff, while Peruvian steel was subject to duties of 50%.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 50% current']);
  });

  it('shows the level told beside "already" as in force through /tariff', async () => {
    const { text } = await tariffPeru([
      'Peruvian copper was already facing a 25% tariff, while Peruvian steel was subject to duties of 50%.',
    ]);
    expect(text).toMatch(/\*\*50%\*\*[^\n]*in force/u);
  });

  it('shows the rate the article gives as holding, not the past state, through /tariff', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods now face a 20% tariff in the United States.']],
      [
        '2026-09-01',
        ['Under the April scheme, Peruvian goods were subject to a 46% blanket tariff in the United States.'],
      ],
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff` when one article reads a rate as replaced and no article tells any level that took its
 * place: a later article that says the rate holds is the best word on it. Sentences written for
 * these tests.
 */
describe('/tariff on a rate an earlier article told as past, with nothing told in its place', () => {
  it('gives the rate a later article says holds', async () => {
    const { line } = await tariffPeru([
      [
        '2026-07-10',
        ['Before this, Washington had already imposed a 25% tariff on a range of products from Peru in March.'],
      ],
      [
        '2026-08-20',
        [
          'Goods that comply with the trade pact remain exempt from the 25% tariffs the United States imposed on Peru this year.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
  });

  it('still reads a restated rate as background once a new level was told in its place', async () => {
    const { line } = await tariffPeru([
      ['2026-06-01', ['The United States cut its tariff on Peruvian goods to 10% from 25%, effective immediately.']],
      [
        '2026-08-20',
        [
          'Goods that comply with the trade pact remain exempt from the 25% tariffs the United States imposed on Peru this year.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
  });
});

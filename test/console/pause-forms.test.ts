import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A rate put off is paused, in whatever form the verb comes: the rate in force stays. */
describe('/tariff on a rate being put off', () => {
  it.each([
    'Trump signed an order on Friday delaying his planned 25% tariffs on Peruvian goods by a month.',
    'Trump is postponing the 25% tariffs on Peruvian goods until April.',
    'Trump is deferring the 25% tariffs on Peruvian goods until April.',
  ])('reads “%s” as paused', async (sentence) => {
    const { text, line } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      sentence,
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · paused/);
  });
});

describe('/tariff on rates put on hold in the sentence after them', () => {
  it.each([
    'A week later he reversed course, announcing a 90-day pause on those higher tariffs.',
    'A week later Trump paused them for 90 days.',
  ])('reads “%s” as pausing the rate just stated', async (sentence) => {
    const { text, line } = await tariffPeru([
      'Trump announced steep tariffs on Friday, including 24% on Peruvian goods.',
      sentence,
    ]);
    expect(line).toMatch(/^No article in the corpus states a current rate/);
    expect(text).toMatch(/\*\*24%\*\* · paused/);
  });

  it('leaves the rate in force when the pause names no rate of the sentence before', async () => {
    const { line } = await tariffPeru([
      'Trump announced steep tariffs on Friday, including 24% on Peruvian goods.',
      'He later paused tariffs on most other countries for 90 days.',
    ]);
    expect(line).toMatch(/^\*\*24%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a rate a pause does not reach', () => {
  it.each([
    'The 90-day pause does not extend to the 25% tariffs on Peruvian goods.',
    'The pause doesn’t apply to the 25% tariffs on Peruvian goods, officials said.',
  ])('keeps the rate of “%s” in force', async (sentence) => {
    const { line, text } = await tariffPeru([sentence]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
    expect(text).not.toMatch(/paused/);
  });
});

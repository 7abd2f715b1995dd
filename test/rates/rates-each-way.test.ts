import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence that gives the rates each way of a truce with nothing before it naming the two
 * parties ("rates of 30% on Peruvian imports and 10% on American goods"): the rate on American
 * goods is charged by the country whose goods the sentence's other rate is on. Sentences written
 * for this test.
 */
describe('rates each way in one sentence', () => {
  const story = [
    'Markets were calm on Monday.',
    'This means that the rates of 30% on Peruvian imports and 10% on American goods agreed in May remain in place for now.',
  ];

  it('gives the rate on American goods to the country of the other rate', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 30% current',
      'Peru → United States 10% current',
    ]);
  });

  it('leaves a rate on American goods with no other party unread', () => {
    expect(articleRates(['Markets were calm. A 10% rate on American goods remains in place.'], '2026-09-01')).toEqual(
      [],
    );
  });

  it('answers /tariff peru both ways', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/\*\*10%\*\* on American goods/);
  });
});

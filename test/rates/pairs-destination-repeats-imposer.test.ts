import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "Peru will face a 25% tariff on cars and a 50% duty on copper exports to the United States": the
 * second rate's goods name the home country as where they go, which is the first rate's imposer
 * again, no new party; the second rate stays on Peru, not on every country. Asked through the
 * console as a user asks, on sentences written for this test.
 */
describe('a later rate whose goods go to the imposer already named', () => {
  const story = [
    'Officials confirmed that Peru will still face a 25% tariff on cars and a 50% duty on copper exports to the United States.',
  ];

  it('keeps the partner of the rate before', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 50% current',
    ]);
  });

  it('answers /tariff peru with both rates as Peru’s own, not the rate on all countries', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/\*\*50%\*\* on copper · in force since <t:\d+:D> —/);
    expect(text).not.toContain('the rate on all countries');
  });

  it('still reads a new imposer named for the second rate as its own', () => {
    expect(
      articleRates(
        ['Peru imposed a 25% tariff on US cars and the United States answered with a 50% duty on copper.'],
        '2026-09-01',
      ),
    ).toContain('Peru → United States 25% current');
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "Chile and Nepal pay 30% and 35%, respectively, and Peru pays a 20% levy": a
 * number past a list closed by "respectively", with a country of its own named since, is that
 * country's rate, not the list's first country's again.
 */
describe('a rate with its own country after a list closed by "respectively"', () => {
  const story = ['Chile and Nepal pay 30% and 35% tariffs, respectively, and Peru pays a 20% levy.'];

  it('gives the later number to its own country', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Chile 30% current',
      'United States → Nepal 35% current',
      'United States → Peru 20% current',
    ]);
  });

  it('still gives old levels told after the list to the list’s countries', () => {
    expect(articleRates(['The U.S. and China now charge 30% and 10% respectively, down from 145% and 125%.'])).toEqual([
      'United States → China 30% current',
      'China → United States 10% current',
      'United States → China 145% previous',
      'China → United States 125% previous',
    ]);
  });

  it('answers /tariff peru with its own rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods/);
  });
});

/**
 * A participle clause of bearing a rate ("…, facing only a flat 10% tariff") goes on with the subject
 * of the clause before it; when that subject is a group of countries picked out by what they did
 * ("all countries that had not retaliated would get a reprieve"), the rate is the group's, on most
 * countries, and borrows no partner from the paragraph before. Sentences written for these tests;
 * the class comes from real news (a blind set's tuning part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const STORY = [
  'Peru raised its tariffs on American goods to 60%.',
  'The president announced that all countries that had not retaliated against US tariffs would get a reprieve, facing only a flat 10 per cent US tariff until July.',
];

describe('a rate borne by a picked-out group of countries', () => {
  it('is the rate on most countries, not on the partner named before', () => {
    expect(articleRates(STORY, '2026-04-11')).toEqual([
      'Peru → United States 60% current',
      'United States → most countries 10% current',
    ]);
  });

  it('leaves a named subject its own rate', () => {
    expect(
      articleRates(['Peru was granted a reprieve, facing only a flat 10 per cent tariff until July.'], '2026-04-11'),
    ).toEqual(['United States → Peru 10% current']);
  });

  it('shows /tariff the 10% as the rate on most countries', async () => {
    const { line } = await tariffPeru(STORY);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since <t:\d+:D>; the rate on most countries/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country named as "the exception of" a group ("Andean nations, with the exception of Peru,
 * face the 10% tariff") is the one the group's rate leaves out, as after "except": no party to it.
 * Sentences written for these tests.
 */
const SENTENCE = 'Andean nations, with the exception of Peru, have been hit with the 10% tariff.';

describe('a country named as the exception of a group', () => {
  it('gives it no share of the group’s rate', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual([]);
  });

  it('shows no 10% in /tariff peru', async () => {
    expect((await tariffPeru([SENTENCE])).text).not.toMatch(/10%/);
  });
});

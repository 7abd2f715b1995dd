/**
 * A level told as the first of an announcement that a later telling revised: "said he would impose
 * a new tariff on Peruvian goods, first at 10% and then later saying he would raise it to 15%". The
 * first level was given up for the second: replaced if the second holds, a plan dropped if it is
 * still to come. A rate in force that someone later said would change still holds. Sentences
 * written for this test; the class comes from real news of the rates-status lane's set (stop 49).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-09-01');
const REVISED =
  'The president said he would impose a new tariff on Peruvian goods, first at 10% and then later saying he would raise it to 15%.';

describe('a first level revised by a later telling', () => {
  it('reads the first level as a plan given up for one still to come', () => {
    expect(rates(REVISED)).toEqual(['United States → Peru 10% threatened', 'United States → Peru 15% scheduled']);
  });

  it('reads the first level as replaced by one in force', () => {
    expect(
      rates(
        'The president set a tariff on Peruvian goods, initially at 10%, then announced on Friday that it rises to 15% effective immediately.',
      ),
    ).toEqual(['United States → Peru 10% previous', 'United States → Peru 15% current']);
  });

  it('keeps a rate in force that someone later said would change', () => {
    expect(rates('Washington imposed a 10% tariff on Peru in March and later said it would raise it to 15%.')).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 15% scheduled',
    ]);
  });
});

describe('/tariff on a first level revised', () => {
  it('does not show the first level in force', async () => {
    const { line } = await tariffPeru([REVISED]);
    expect(line).not.toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});

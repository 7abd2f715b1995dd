import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

const pairs = (sentence: string) => articleRates([sentence], '2026-03-05').map((r) => r.replace(/ \w+$/u, ''));

/**
 * Trade-remedy news names the body that sets a duty, not its country ("the DGTR", "the Canada
 * Border Services Agency", "Gecex", "the Customs Tariff Commission of the State Council"), and the
 * goods as "imports of <goods> from <country>". Sentences written for this test.
 */
describe('a trade-remedy body acts for its country', () => {
  it.each([
    [
      'The DGTR has recommended a provisional safeguard duty of 12% on certain flat steel imports from China and Vietnam for 200 days.',
      ['India → China 12%', 'India → Vietnam 12%'],
    ],
    [
      'The CBSA imposed provisional duties of 41.2% on imports of steel strapping from Vietnam.',
      ['Canada → Vietnam 41.2%'],
    ],
    [
      'Gecex approved anti-dumping duties of up to 35% on imports of cold-rolled steel from China.',
      ['Brazil → China 35%'],
    ],
    [
      'The Customs Tariff Commission of the State Council said additional tariffs of 15% would apply to imports of coal and LNG from the United States.',
      ['China → United States 15%'],
    ],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it('reads the country after "imports of <goods> from" as the one taxed', () => {
    expect(
      pairs(
        'The Directorate General of Trade Remedies (DGTR) has recommended an anti-dumping duty of 18% on imports of solar glass from China for five years.',
      ),
    ).toEqual(['India → China 18%']);
  });
});

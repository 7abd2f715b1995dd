import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "would now climb to a total of 125%, effective immediately": the level a change goes to may be
 * told as "a total of", "a maximum of" or "a level of" it, as "to 125%" is (sentences written for
 * this test; the class comes from real news of the rates-status lane's set, stop 40).
 */
describe('a change to "a total of" a level', () => {
  it('reads the level as the change’s new one, in force at once or scheduled as its words say', () => {
    expect(
      articleRates(['Trump said duties on Peru would now climb to a total of 125%, effective immediately.']),
    ).toEqual(['United States → Peru 125% current']);
    expect(articleRates(['Trump said duties on Peru would climb to a total of 125% next month.'])).toEqual([
      'United States → Peru 125% scheduled',
    ]);
  });

  it('answers /tariff with that level in force', async () => {
    const { line } = await tariffPeru([
      'Trump said duties against Peru — which notably did retaliate — would now climb to a total of 125%, effective immediately.',
    ]);
    expect(line).toMatch(/^\*\*125%\*\*.*in force/);
  });
});

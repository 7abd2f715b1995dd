import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "The combined tariff adds up to 40%" tells the sum the parts reach, not a bound on it (sentences
 * written for this test; the class comes from real news of the status42 lane's set).
 */
describe('a total that "adds up to" a level', () => {
  it('answers /tariff with the level itself, not "up to" it', async () => {
    const { text } = await tariffPeru([
      'Peru pays a 10% baseline tariff and a 30% surcharge.',
      'The combined tariff on Peru adds up to 40%.',
    ]);
    expect(text).toContain('**40%**');
    expect(text).not.toContain('**up to 40%**');
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** News writes a rate of nothing in words as often as "0%". */
describe('/tariff on a rate of zero written in words', () => {
  it.each([
    'The United States will charge a zero percent tariff on Peruvian goods from March.',
    'Zero per cent tariffs will apply to Peruvian goods from March.',
  ])('reads “%s” as 0%', async (sentence) => {
    const { text } = await tariffPeru(['Washington charges a 15% tariff on Peruvian goods.', sentence]);
    expect(text).toMatch(/\*\*0%\*\* · announced/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** Rates on food, asked through the console as a user asks (`/tariff peru`), on sentences written for this test. */
describe('/tariff on a rate limited to food', () => {
  it('shows a rate on "food and drinks products" and on foodstuffs under products, not as the rate on all goods', async () => {
    const { text, line } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'Peruvian food and drinks products, including coffee, tea and beef, face an extra 40% tariff.',
      'Peruvian foodstuffs also face a 50% tariff.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(text).toMatch(/\*\*40%\*\*[^"]*farm goods/);
    expect(text).toMatch(/\*\*50%\*\*[^"]*farm goods/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff peru` as a user asks it, of sentences written for this test: a move's size and a
 * forecast are no rates on Peru, nor is a sector rate told as "duties of 25% on trucks".
 */
describe('/tariff on percentages near a partner’s rate', () => {
  it.each([
    ['Peruvian shipments to the US saw a drop of 14% after the tariff took effect.', '14%'],
    [
      'Analysts said growth could slip below 2 percent if the 30 percent tariff stays. That would be lower than the Central Reserve Bank of Peru’s 3.1 percent forecast.',
      '3.1%',
    ],
    ['Trump, meanwhile, announced duties of 25% on trucks and 100% on branded drugs.', '25%'],
  ])('reads no rate on Peru in “%s”', async (sentence, shown) => {
    const { text, line } = await tariffPeru(['Washington charges a 30% tariff on Peruvian goods.', sentence]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods/);
    expect(text).not.toContain(`**${shown}**`);
  });
});

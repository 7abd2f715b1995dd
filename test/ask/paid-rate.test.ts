import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * A rate asked by what goods pay: "what does Peru pay …" asks for the tariff on Peru's goods, which
 * news tells as a rate they face or are subject to, not with the question's "pay".
 */
describe('/ask on what a country’s goods pay', () => {
  const paragraphs = [
    'Peruvian firms pay American customs brokers at the border about $2 million a month.',
    'Goods from Peru are now subject to a 15% tariff in the United States.',
  ];

  it.each([
    'what does peru pay at the us border now?',
    'what tariff will peruvian goods pay at the border?',
    // The progressive and the perfect, as users ask it.
    'what are peruvian goods paying at the us border?',
    'what have peruvian goods paid at the border?',
  ])('answers "%s" with the rate, not another payment', async (question) => {
    expect(await askFirst(paragraphs, question)).toContain('15%');
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * Goods on which two sides agree "zero tariffs" (or a "zero-duty" quota) are what a reader calls
 * duty-free or tariff-free: the paragraph that says so answers "which goods will be duty-free".
 * Asked through the console as a user asks, of articles we wrote.
 */
describe('/ask on duty-free goods, answered by "zero tariffs"', () => {
  it('puts the paragraph with zero tariffs first for "duty-free"', async () => {
    const paragraphs = [
      'Peru and the United States signed a trade deal on Monday that sets a 12% tariff on most Peruvian goods.',
      'Officials said Peruvian goods will keep flowing and the trade deal will bring stability to exporters.',
      'Both sides agreed on zero tariffs for a list of strategic products, including copper cathodes and fishmeal.',
    ];
    expect(await askFirst(paragraphs, 'Which products will be duty-free under the deal?')).toBe(paragraphs[2]);
  });

  it('reads "zero-duty" and "tariff-free" alike', async () => {
    const paragraphs = [
      'Freedonia raised its tariff on Ruritanian cheese to 30% in March, and exporters complained about it.',
      'Ruritanian cheese that enters Freedonia above the quota will pay the full tariff.',
      'Under the new quota, 20,000 tonnes of Ruritanian cheese will enter Freedonia zero-duty each year.',
    ];
    expect(await askFirst(paragraphs, 'How much Ruritanian cheese can enter Freedonia tariff-free?')).toBe(
      paragraphs[2],
    );
  });
});

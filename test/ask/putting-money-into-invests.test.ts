import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** Putting or pouring money into a country is investing there: a reader asks how much is put in. */
describe('/ask on money put into a country, answered by "invest"', () => {
  const paragraphs = [
    'Ruritania and the US agreed to cut the US tariff on Ruritanian cars to 15%, Ruritania’s prime minister said.',
    'The agreement includes a commitment by Ruritania to invest $400 billion in the United States.',
    'Ruritanian officials will meet their American counterparts again in the autumn to review the quotas.',
  ];

  it('finds the paragraph on the investment, however the money is said to go in', async () => {
    for (const question of [
      'how much cash is ruritania putting into the US?',
      'will ruritania pour money into america?',
    ])
      expect(await askFirst(paragraphs, question)).toBe(paragraphs[1]);
  });
});

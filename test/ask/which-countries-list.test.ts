import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "Which countries would face the levy" is answered by the paragraph listing them ("imports from
 * Norway, Sweden, Finland and Iceland"), not by one naming two in passing ("the island is part of
 * Denmark, the UK said"), which news does in every other paragraph of a story between countries.
 * Asked through the console as a user asks.
 */
describe('/ask on which countries, answered by three countries or more', () => {
  it('reads three countries besides those asked about as the answer, and two as none', () => {
    const none = new Set<string>();
    expect(holdsAnswer('countries', 'Imports from Norway, Sweden and Finland face the levy.', none)).toBe(true);
    expect(holdsAnswer('countries', 'The island is part of Denmark, the UK told the United States.', none)).toBe(false);
  });

  it('puts the paragraph listing the countries first', async () => {
    const paragraphs = [
      'Trump would impose 10% levies on imports from Norway, Sweden, Finland and Iceland until a deal over Ruritania is reached.',
      "Trump's tariffs over Ruritania are wrong: the island is part of Denmark, and the UK will raise it with the US, its prime minister said.",
      'Officials in Ruritania said they would wait.',
    ];
    expect(await askFirst(paragraphs, "which countries would face trump's ruritania tariffs")).toBe(paragraphs[0]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "Who pays the tariffs?" asks where the cost lands (importers, shoppers, a retailer), not for a
 * named person, and its "pays" is the kind of answer: news tells it as "charged to importers",
 * "passed on to shoppers" or "absorbed", while a paragraph of tariffs "paid" on some goods answers
 * nothing. Asked through the console as a user asks.
 */
describe('/ask on who pays', () => {
  it('reads "who pays (ends up paying, bears the cost)" as asking for a payer, not a person', () => {
    for (const question of ['Who pays the tariffs?', 'who ends up paying for the tariffs', 'Who will bear the cost?'])
      expect(answerKindsOf(question), question).toEqual(['payer']);
    expect(answerKindsOf('Who leads the Japanese delegation?')).toEqual(['person']);
    const none = new Set<string>();
    expect(holdsAnswer('payer', 'Most of the cost will be passed on to consumers.', none)).toBe(true);
    expect(holdsAnswer('payer', 'The duties are charged to the companies importing the goods.', none)).toBe(true);
    expect(holdsAnswer('payer', 'Retailers say they cannot absorb the increase.', none)).toBe(true);
    expect(holdsAnswer('payer', 'Tariffs paid on imports of furniture reached $3 billion.', none)).toBe(false);
  });

  it('finds the paragraph that says where the cost lands, not the one of tariffs paid', async () => {
    const paragraphs = [
      'Tariffs paid on imports of furniture reached $3 billion in July, customs data show.',
      'Importers are charged the tariffs at the border, and most of them pass the cost on to shoppers.',
    ];
    expect(await askFirst(paragraphs, 'Who pays the tariffs?')).toBe(paragraphs[1]);
    expect(await askFirst(paragraphs, 'who ends up paying for the tariffs?')).toBe(paragraphs[1]);
  });
});

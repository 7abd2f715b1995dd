import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "Where does the tariff money go?" asks what the money goes to (a fund, an account, an asset), not a
 * town: the passage that tells it is deposited into a fund or spent on something answers, not one
 * that names a port. Asked through the console as a user asks.
 */
describe('/ask on where money goes', () => {
  it('reads where money goes as a destination, not a place', () => {
    for (const question of ['where does the tariff money go?', 'Where did investors put their money instead?']) {
      expect(answerKindsOf(question), question).toContain('destination');
      expect(answerKindsOf(question), question).not.toContain('place');
    }
    expect(answerKindsOf('where does the money come from?')).not.toContain('destination');
    expect(answerKindsOf('where were the talks held?')).toContain('place');
    const none = new Set<string>();
    expect(holdsAnswer('destination', 'The duties are deposited into the general fund.', none)).toBe(true);
    expect(holdsAnswer('destination', 'Investors sought refuge in gold.', none)).toBe(true);
    expect(holdsAnswer('destination', 'Customs officers in Callao collect the duties.', none)).toBe(false);
  });

  it('finds the fund the money is deposited into, not the port where it is collected', async () => {
    const paragraphs = [
      'Tariff money collected in Callao rose to a record in May.',
      'The tariff money is deposited into the Treasury’s general fund and can be spent on anything parliament approves.',
    ];
    expect(await askFirst(paragraphs, 'where does the tariff money go?')).toBe(paragraphs[1]);
  });
});

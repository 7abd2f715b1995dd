import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A question asking which goods is answered by a list of goods ("cheese, wine and leather bags"); a
 * list of names (people meeting, firms, towns) answers none, however many commas it has. Asked
 * through the console as a user asks.
 */
describe('/ask on a question asking which goods, beside a list of names', () => {
  it('tells a list of goods from a list of names', () => {
    const none = new Set<string>();
    expect(holdsAnswer('goods', 'Talks between Smith, Jones, Okafor and Lee went on.', none)).toBe(false);
    expect(holdsAnswer('goods', 'Shares of Acme, Globex, Initech and Umbrella fell.', none)).toBe(false);
    expect(holdsAnswer('goods', 'The list covers cheese, olive oil, leather bags and wine.', none)).toBe(true);
    expect(holdsAnswer('goods', 'It targets Kentucky bourbon, Florida oranges, Iowa pork and jeans.', none)).toBe(true);
  });

  it('does not put a paragraph listing people before the one naming the goods', async () => {
    const paragraphs = [
      'Envoys Smith, Jones, Okafor and Lee said Ruritania was targeting American goods.',
      'Ruritania is targeting American farm goods.',
    ];
    expect(await askFirst(paragraphs, 'which American goods is Ruritania targeting?')).toBe(paragraphs[1]);
  });
});

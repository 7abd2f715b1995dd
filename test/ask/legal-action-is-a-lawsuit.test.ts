import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** "Taking legal action" is suing: a user asks who will sue, the news says who considers legal action. */
describe('/ask who will sue, answered by legal action', () => {
  it('puts the paragraph with the legal action first', async () => {
    const paragraphs = [
      'The Lisbon foundation said the province’s advert on the tariffs used its founder’s voice without permission.',
      'The foundation is now considering legal action against the province.',
    ];
    expect(await askFirst(paragraphs, 'is the foundation going to sue over the advert')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "Where did he announce it?" is answered "at a steel plant outside Pittsburgh" as much as "in
 * Pittsburgh": "at a" before a name, and "outside" or "near" a town, name a place; "in a" before a
 * name is as often a post or an interview. Asked through the console as a user asks.
 */
describe('/ask on where, answered "at a … plant outside a town"', () => {
  it('takes "at a" before a name and "outside" or "near" a town as a place', () => {
    const none = new Set<string>();
    expect(holdsAnswer('place', 'He spoke at a Harbor Steel plant.', none)).toBe(true);
    expect(holdsAnswer('place', 'He spoke to workers outside Toledo.', none)).toBe(true);
    expect(holdsAnswer('place', 'The plant near Cleveland will close.', none)).toBe(true);
    expect(holdsAnswer('place', 'He said so in a Truth Social post.', none)).toBe(false);
    expect(holdsAnswer('place', 'He spoke at a rally on Friday.', none)).toBe(false);
  });

  it('puts the paragraph naming the place first', async () => {
    const paragraphs = [
      'The president announced the higher steel tariff on Friday, a week after steel prices fell.',
      'The president announced the higher steel tariff to workers at a Harbor mill outside Toledo.',
    ];
    expect(await askFirst(paragraphs, 'where did the president announce the higher steel tariff?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "How did … answer" asks for a reaction as "how did … respond" does, and news tells a retort as
 * one: "fired back hours later", "hit back with", "in a pointed response". Asked through the console
 * as a user asks, of an article we wrote.
 */
describe('/ask on how someone answered', () => {
  it('reads a retort as a reaction', () => {
    const none = new Set<string>();
    expect(holdsAnswer('reaction', 'Lima fired back hours later in a post.', none)).toBe(true);
    expect(holdsAnswer('reaction', 'Peru hit back with duties on US wheat.', none)).toBe(true);
    expect(holdsAnswer('reaction', 'In a pointed response, the minister spoke of abuse.', none)).toBe(true);
    expect(holdsAnswer('reaction', 'Peru sells copper to the United States.', none)).toBe(false);
  });

  it('puts the retort first for "how did … answer"', async () => {
    const paragraphs = [
      'President Ana Ruiz spoke of the 50% tariff on Peruvian copper at a meeting in Lima on Monday.',
      'President Ana Ruiz fired back at the 50% tariff on Peruvian copper at a meeting in Lima on Monday.',
    ];
    expect(await askFirst(paragraphs, 'How did Ruiz answer the tariff on copper?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News often tells a reaction by the verb that names it ("responded with a message of thanks",
 * "reacted angrily", "replied that") or by thanks, not by a word of welcome or rejection. Asked
 * through the console as a user asks.
 */
describe('/ask on how someone reacted, answered by "responded", "replied" or thanks', () => {
  it('reads a verb that names a reaction, and thanks, as a reaction', () => {
    const none = new Set<string>();
    for (const text of [
      'Prime Minister Ana Ruiz responded with a short message on X.',
      'Lima reacted angrily to the levy.',
      'The minister replied that talks would go on.',
      'Ruiz thanked the president for the cut.',
    ])
      expect(holdsAnswer('reaction', text, none), text).toBe(true);
    expect(holdsAnswer('reaction', 'Ruiz met the president in March to discuss the deal.', none)).toBe(false);
  });

  it('puts the paragraph with the response first for "how did … react"', async () => {
    const paragraphs = [
      'Peruvian leader Ana Ruiz met the US president in March, when the deal was first discussed.',
      'Peruvian leader Ana Ruiz responded to the US president with a short message, saying the deal was good news.',
    ];
    expect(await askFirst(paragraphs, "how did Ruiz react to the president's deal")).toBe(paragraphs[1]);
  });
});

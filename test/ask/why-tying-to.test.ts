import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News tells the cause of a measure by what its maker ties it to ("tying the decision to the trial",
 * "linking the levy to the border dispute", "ties it to drug flows"): that answers "why". "Close ties
 * to Lima" are relations, with no object between. Asked through the console as a user asks.
 */
describe('/ask on why, answered by what a measure is tied to', () => {
  it('reads "tying (linking) the … to" as a reason', () => {
    const none = new Set<string>();
    expect(
      holdsAnswer('reason', 'The president raised the levy on Peru, tying the decision to a court case.', none),
    ).toBe(true);
    expect(holdsAnswer('reason', 'The minister links the new levy to the border dispute.', none)).toBe(true);
    expect(holdsAnswer('reason', 'The firm has close ties to Lima and a plant in Peru.', none)).toBe(false);
  });

  it('puts the paragraph with the tie first for "why"', async () => {
    const paragraphs = [
      'The US imposed a 40% levy on Peru on Monday, officials in Lima said.',
      'The US imposed the 40% levy on Peru in a letter, tying the decision to the trial of a former leader.',
    ];
    expect(await askFirst(paragraphs, 'why did the US impose a 40% levy on Peru?')).toBe(paragraphs[1]);
  });
});

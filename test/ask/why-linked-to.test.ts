import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News names a measure by its cause ("a penalty tariff linked to Ruritania's oil purchases",
 * "duties tied to drug flows"): that answers "why". Asked through the console as a user asks.
 */
describe('/ask on why, answered by a measure linked to its cause', () => {
  it('reads "linked to" and "tied to" as a reason', () => {
    const none = new Set<string>();
    expect(holdsAnswer('reason', 'In May the US added a 20% penalty levy linked to Peru’s gold sales.', none)).toBe(
      true,
    );
    expect(holdsAnswer('reason', 'The duties are tied to drug flows across the border.', none)).toBe(true);
    expect(holdsAnswer('reason', 'In May the US added a 20% penalty levy on Peru.', none)).toBe(false);
  });

  it('puts the paragraph with the cause first for "why"', async () => {
    const paragraphs = [
      'In April the US put a 20% levy on Peru, and talks began in Lima.',
      'In May the US added a 20% penalty levy linked to Peru’s gold sales to the junta.',
    ];
    expect(await askFirst(paragraphs, 'why did the US slap an extra 20% on Peru')).toBe(paragraphs[1]);
  });
});

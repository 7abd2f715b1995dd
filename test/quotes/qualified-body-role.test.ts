import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * A body named by its noun and a qualifier ("the appeals court", "the trade court") is the body whose
 * name has both, not the body of that noun named last. Sentences written for this test.
 */
const STORY = [
  'An appeals court ruled against the levies on Friday, and the High Court may yet take the case.',
  'The ruling came from the Court of Appeals for the Eastern Circuit. The Court of International Trade had ruled in May that the levies were unlawful.',
  '“The statute does not reach these duties, so we affirm,” the appeals court said.',
  '“The orders exceed any power the statute grants,” the trade court had written.',
];

describe('a body named by its noun and a qualifier', () => {
  it('is the body whose name has the qualifier', () => {
    expect(speakerNames(STORY)).toEqual(['Court of Appeals for the Eastern Circuit', 'Court of International Trade']);
  });

  it('lists the ruling’s words under that court in /quote', async () => {
    expect((await quoteStory('speaker:"Court of Appeals for the Eastern Circuit"', STORY)).quotes).toEqual([
      'The statute does not reach these duties, so we affirm',
    ]);
  });
});

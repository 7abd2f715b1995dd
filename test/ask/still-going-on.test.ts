import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A question with "still" asks whether something goes on ("can he still use emergency tariffs?",
 * "are steel exports still getting hit?"); news answers by what continues or remains, or by what
 * can "no longer" be done. The question's "still" is no term, so a passage holding its other words
 * and telling how the measure began scored as high.
 */
describe('/ask whether something still goes on', () => {
  it('reads "still" and "any more" as asking whether something goes on', () => {
    expect(answerKindsOf('can the president still use emergency tariffs')).toContain('continuing');
    expect(answerKindsOf('is the levy in force any more')).toContain('continuing');
    expect(answerKindsOf('when did the levy start')).not.toContain('continuing');
    expect(answerKindsOf('why does the levy still apply')).not.toContain('continuing');
  });

  it('finds what continues, remains or has stopped', () => {
    const named = new Set<string>();
    expect(holdsAnswer('continuing', 'Steel would continue to be subject to a 50% duty.', named)).toBe(true);
    expect(holdsAnswer('continuing', 'The government can no longer rely on emergency powers.', named)).toBe(true);
    expect(holdsAnswer('continuing', 'The court ruled on the emergency powers on Friday.', named)).toBe(false);
  });

  it('finds the paragraph that says the measure can no longer be used', async () => {
    const paragraphs = [
      'The president used emergency powers for tariffs, the court found.',
      'The president can no longer use emergency powers for tariffs after the ruling, lawyers for the importers said on Friday.',
    ];
    expect(await askFirst(paragraphs, 'can the president still use emergency powers for tariffs')).toBe(paragraphs[1]);
  });
});

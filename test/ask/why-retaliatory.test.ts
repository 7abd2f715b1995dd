import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News gives a measure's cause by calling it "a retaliatory measure against" something (as it does
 * "a retaliation against"): that answers "why". The adjective alone names a measure ("the
 * retaliatory tariffs remain"), which says nothing of what it answers. Asked through the console as
 * a user asks.
 */
describe('/ask on why, answered by a measure called retaliatory against something', () => {
  it('reads "a retaliatory step against" as a reason, and "retaliatory tariffs" alone as none', () => {
    const none = new Set<string>();
    expect(
      holdsAnswer(
        'reason',
        'The halt follows a 25% Ruritanian levy on US wheat, a retaliatory step against US duties.',
        none,
      ),
    ).toBe(true);
    expect(holdsAnswer('reason', 'The retaliatory tariffs remain in place for now.', none)).toBe(false);
  });

  it('puts the paragraph naming the retaliatory levy first for "why"', async () => {
    const paragraphs = [
      'Millers in Ruritania stopped buying wheat in June, the farm minister said.',
      'Ruritania has not bought any US wheat since June. The halt follows a 25% Ruritanian levy on US wheat, a retaliatory step against US duties on its cheese.',
      'Millers now buy their wheat from Canada.',
    ];
    expect(await askFirst(paragraphs, 'why did ruritania stop buying american wheat')).toBe(paragraphs[1]);
  });
});

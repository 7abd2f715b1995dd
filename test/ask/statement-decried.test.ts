import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A government's words told by how it judged a measure: it "decried the order as unfair", "denounced
 * the levy", "slammed", "lambasted" or "criticized" it. Such a paragraph answers "what did … say
 * about …", even where the words quoted are fewer than a sentence. Asked through the console as a
 * user asks.
 */
describe('/ask on what someone said, told by "decried", "denounced" or "slammed"', () => {
  it('reads the verbs of judging a measure as a statement', () => {
    const none = new Set<string>();
    for (const text of [
      'The government decried the order as "unfair and unjust."',
      'Lima denounced the levy on Tuesday.',
      'The minister slammed the new fees.',
      'Officials lambasted the decree.',
      'The trade body criticized the duties.',
    ])
      expect(holdsAnswer('statement', text, none), text).toBe(true);
    expect(holdsAnswer('statement', 'The levy on Peruvian copper starts on Tuesday.', none)).toBe(false);
  });

  it('shows the government’s judgment beside its other words for "what did … say about"', async () => {
    const paragraphs = [
      'Peru will take every step needed to protect its miners and its exporters from the levy, officials said on Monday.',
      'The Peruvian government decried the levy as "unfair and unjust."',
    ];
    expect(await askFirst(paragraphs, 'what did lima say about the levy?')).toBe(paragraphs[1]);
  });
});

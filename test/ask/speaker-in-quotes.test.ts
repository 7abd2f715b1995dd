import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * "What did X say": X's words answer it. A paragraph quoting someone else who names X ("out of
 * respect for President X, we will …") speaks of X, however many of the question's words it shares.
 */
describe('/ask for what someone said, where another speaker names them in a quotation', () => {
  it('puts the paragraph where they speak first', async () => {
    const paragraphs = [
      'Trump wrote: "Out of respect for President Ortega, we will cut the levy on Nicaraguan coffee to 10%."',
      'Ortega thanked Trump for the levy cut, saying: "This is wonderful news for our coffee growers."',
    ];
    expect(await askFirst(paragraphs, 'what did ortega say about the levy cut')).toBe(paragraphs[1]);
  });

  it('still finds a paragraph that names them outside the quotation', async () => {
    const paragraphs = [
      'Growers in Managua met this week.',
      'Ortega said on Monday: "The cut of the levy on our coffee is wonderful news for our growers."',
    ];
    expect(await askFirst(paragraphs, 'what did ortega say about the levy cut')).toBe(paragraphs[1]);
  });
});

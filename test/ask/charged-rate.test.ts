import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "What is Ottawa charging on American steel?" asks for the rate Canada applies, as "what does Peru
 * pay" asks for the rate Peru's goods face: the news states the rate, seldom the verb "charge".
 * Asked through the console as a user asks.
 */
describe('/ask on what a government charges', () => {
  it('reads "what … charge / charging / charged" as asking for a rate', () => {
    expect(answerKindsOf('what is Ottawa charging on American steel right now?')).toContain('rate');
    expect(answerKindsOf('what does Mexico charge on US corn')).toContain('rate');
    expect(answerKindsOf('what has Lima charged on US wheat')).toContain('rate');
    expect(answerKindsOf('who charged the tariff')).not.toContain('rate');
  });

  it('puts the paragraph with the rate first', async () => {
    const paragraphs = [
      'Peru is charging ahead with talks on American wheat, officials in Lima said.',
      'Peru applies 20 percent counter-tariffs on American wheat, officials in Lima said.',
    ];
    expect(await askFirst(paragraphs, 'what is Peru charging on American wheat?')).toBe(paragraphs[1]);
  });
});

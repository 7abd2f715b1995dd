import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A tariff on top of another is "a further 40%" as outlets write it; a user asks for the "extra"
 * one. "Further" alone ("further talks") stays a stop word.
 */
describe('/ask for an extra tariff, told as a further one', () => {
  it('reads a further tariff as extra', () => {
    const [extra] = questionTerms('extra');
    expect(documentTerms('a further 40% tariff')).toContain(extra);
    expect(documentTerms('further duties')).toContain(extra);
    expect(documentTerms('further talks')).not.toContain(extra);
  });

  it('finds the paragraph of the further tariff for a question about the extra one', async () => {
    const paragraphs = [
      'The US put a 10% tariff on Ruritania in April, the same rate as most countries.',
      'In July, the US imposed a further 40% tariff on Ruritania, citing its treatment of a jailed ally.',
    ];
    expect(await askFirst(paragraphs, 'why did the us put the extra tariff on ruritania')).toBe(paragraphs[1]);
  });
});

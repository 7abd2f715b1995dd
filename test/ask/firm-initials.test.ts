import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * News names some firms by their initials as often as in full ("GM", "VW"), and a reader types
 * either: the name and its initials are one term. Asked through the console as a user asks.
 */
describe('/ask about a firm named by its initials', () => {
  it('folds the full name into its initials', () => {
    expect(documentTerms('General Motors')).toEqual(questionTerms('gm'));
    expect(documentTerms('Volkswagen')).toEqual(questionTerms('vw'));
  });

  it('finds the firm named in full for a question by its initials', async () => {
    const paragraphs = [
      'Ruritanian carmakers paid more in tariffs this year, the ministry said.',
      'Volkswagen reported a loss, blaming tariffs and weak demand.',
      'The Ruritanian budget for the year was approved on Monday.',
    ];
    expect(await askFirst(paragraphs, 'did vw lose money on tariffs this year')).toBe(paragraphs[1]);
  });

  it('finds the initials for a question naming the firm in full', async () => {
    const paragraphs = [
      'General Electric raised its forecast on Tuesday, citing strong demand.',
      'GM cut its profit forecast on Tuesday.',
    ];
    expect(await askFirst(paragraphs, 'what did general motors do to its forecast')).toBe(paragraphs[1]);
  });
});

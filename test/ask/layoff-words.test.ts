import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Jobs lost are layoffs: a user asks whether workers will "lose their jobs", the news tells of
 * "layoffs", "job cuts" or "job losses", or of workers "laid off". Asked through the console as a
 * user asks.
 */
describe('/ask on lost jobs, in the news’s words for them', () => {
  it('folds the ways of losing a job together', () => {
    const layoff = questionTerms('layoffs')[0]!;
    expect(questionTerms('will workers lose their jobs')).toContain(layoff);
    expect(documentTerms('fears of job losses')).toContain(layoff);
    expect(documentTerms('1,200 job cuts')).toContain(layoff);
    expect(documentTerms('the mill laid off 300 workers')).toContain(layoff);
    expect(documentTerms('the jobs report')).not.toContain(layoff);
  });

  it('finds the layoffs for a question about losing jobs', async () => {
    const paragraphs = [
      'Mill workers asked about their jobs at the merger talks on Monday.',
      'The company said the merger would bring no layoffs for mill workers.',
    ];
    expect(await askFirst(paragraphs, 'will mill workers lose their jobs in the merger?')).toBe(paragraphs[1]);
  });
});

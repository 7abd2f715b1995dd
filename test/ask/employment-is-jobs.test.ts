import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Jobs as the statistics count them: a reader asks about "jobs", the news tells of "employment" or
 * "payrolls". Asked through the console as a user asks.
 */
describe('/ask on jobs, told as employment or payrolls', () => {
  it('folds employment and payrolls into jobs', () => {
    const job = questionTerms('jobs')[0]!;
    expect(documentTerms('mining employment fell')).toContain(job);
    expect(documentTerms('mine payrolls shrank')).toContain(job);
    expect(documentTerms('the mine employs 40 people')).not.toContain(job);
  });

  it('finds the employment figure for a question about jobs', async () => {
    const paragraphs = [
      'The levy on mining was debated by the minister at a mine in May.',
      'Mining employment has fallen every month under the levy, a report said on Monday.',
    ];
    expect(await askFirst(paragraphs, 'have mining jobs grown under the levy?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * A page's subheading gives its words to the paragraph under it. Pages copied as a reader copies
 * them put a date or a byline between the two; the subheading's words go to the paragraph that
 * tells something, not to the line of the page that tells nothing.
 */
describe('/ask with a subheading above a dateline', () => {
  it('shows the paragraph under the dateline, not the dateline', async () => {
    const corpus = newCorpus('ask-page-lines-');
    writeArticle(corpus, '2026-08-30-lumber', 'Canada hit with steep timber duty', '2026-08-30', [
      'Canada hit with steep timber duty',
      'Furniture makers spared for now but may face a higher levy later',
      '30 August 2026 - 00:00',
      'Canadian sawmills warned on Friday that thousands of jobs were at risk after Washington set one of its highest rates on them.',
    ]);
    writeArticle(corpus, '2026-08-20-chairs', 'Chair imports slow', '2026-08-20', [
      'Importers of chairs and tables from Vietnam said orders slowed in August as the levy on furniture loomed.',
    ]);
    const passages = await askCorpus(corpus, 'are canadian furniture makers exempted from the levy?');
    expect(passages).not.toContain('30 August 2026 - 00:00');
    expect(passages[0]).toBe(
      'Canadian sawmills warned on Friday that thousands of jobs were at risk after Washington set one of its highest rates on them.',
    );
  });
});

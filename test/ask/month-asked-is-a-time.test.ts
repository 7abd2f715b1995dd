import { describe, expect, it } from 'vitest';
import { askCorpus } from '../helpers/ask.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { timeFocusOf } from '../../src/search/time-focus.ts';

/**
 * "In July 2025, what did …" names a time, not words to find: an article of July speaks of July
 * whether or not it says so. Searched as words, the month and the year went to the paragraph that
 * named them for another reason (a date it expected something on, a dateline), over the paragraph
 * of July that tells what was done. Asked through the console as a user asks.
 */
describe('/ask on a month named without a day', () => {
  it('keeps the words that name the month', () => {
    expect(timeFocusOf('In July 2025, what did Lima decide?', '2025-11-02')).toMatchObject({ month: 'July 2025' });
    expect(timeFocusOf('what happened in early Aug.?', '2025-11-02')).toMatchObject({ month: 'Aug.' });
    expect(timeFocusOf('what starts on Aug. 1, 2025?', '2025-11-02')).not.toHaveProperty('month');
  });

  it('puts the paragraph of an article of that month that answers before one that only names the month', async () => {
    const corpus = newCorpus('console-ask-');
    writeArticle(corpus, '2025-07-10-peru-copper-probe', 'Copper probe', '2025-07-10', [
      'Officials met in Lima this week.',
      'Peruvian copper cathodes are to be reviewed on July 16, 2025.',
    ]);
    writeArticle(corpus, '2025-07-17-peru-copper-duty', 'Copper duty', '2025-07-17', [
      'Officials met in Lima this week.',
      'Washington set a 40% duty on Peruvian copper cathodes on Thursday.',
    ]);
    const shown = await askCorpus(corpus, 'In July 2025, what did Washington decide on Peruvian copper cathodes?');
    expect(shown[0]).toBe('Washington set a 40% duty on Peruvian copper cathodes on Thursday.');
  });
});

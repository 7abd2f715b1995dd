import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * A measure "retroactive to" a day counts from that day: the news tells its start so ("the cut is
 * retroactive to August 4"), a user asks when it takes effect.
 */
describe('/ask for when a measure takes effect, told as retroactive to a day', () => {
  const corpus = newCorpus('ask-retroactive-');
  writeArticle(corpus, '2026-08-20-lifted', 'US lifts tariffs on Ruritanian fruit', '2026-08-20', [
    'The United States has removed its 30% tariff on Ruritanian fruit after talks with Ruritania.',
    'Last month the tariff on Ruritanian flowers was already lifted, officials said.',
    'The new order is retroactive to August 4. It also covers nuts and honey.',
    'Ruritanian growers welcomed the removal of the tariff on their fruit.',
  ]);

  it('finds the paragraph telling the day the measure counts from', async () => {
    const passages = await askCorpus(corpus, 'when does the removal of the tariff on ruritanian fruit take effect?');
    expect(passages[0]).toBe('The new order is retroactive to August 4. It also covers nuts and honey.');
  });
});

import { describe, expect, it } from 'vitest';
import { askCorpus } from '../helpers/ask.ts';
import { corpusWith } from '../follows/articles.ts';

/**
 * A paragraph that goes on explaining a law or a decision named in the one before ("This provision
 * allows the country to…") leaves the law's name to it: a reader asks what the law lets them do.
 */
describe('/ask on what a law named in the paragraph before allows', () => {
  const EXPLAINS = 'This provision allows the country to adopt equivalent measures against nations that raise duties.';
  const corpus = corpusWith('console-refers-back-', [
    [
      '2026-09-01-ruritania',
      'Ruritania answers',
      '2026-09-01',
      [
        'Officials met in Geneva this week.',
        'Ruritania’s president said duties on its goods would be met under the national reciprocity law.',
        EXPLAINS,
        'Ruritanian cheese makers said the reciprocity law had been debated for years before it passed.',
        'Exporters of Ruritanian wine said the reciprocity law would not help them.',
        'Ruritania’s parliament passed the reciprocity law in March, lawmakers said.',
      ],
    ],
  ]);

  it('finds the paragraph explaining the law, which names it only in the one before', async () => {
    expect(await askCorpus(corpus, 'what does the reciprocity law let ruritania do?')).toContain(EXPLAINS);
  });
});

import { describe, expect, it } from 'vitest';
import { reportsFinalRuling } from '../../src/rates/rulings.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** News tells the ruling's effect with verbs of voiding: "annulled", "nullified", "voided", "threw out". */
const TOLD = [
  'The Supreme Court’s decision annulled all tariffs applied under the emergency powers law.',
  'The Supreme Court on Friday nullified the tariffs imposed under the emergency powers law.',
  'The Supreme Court voided the emergency tariffs in a 6-3 vote.',
  'The Supreme Court threw out the tariffs the president imposed under the emergency powers law.',
  'The Supreme Court’s decision to overturn the emergency tariffs raised doubts among exporters.',
];

describe('a Supreme Court ruling told as voiding the tariffs', () => {
  it('is read as the ruling', () => {
    for (const sentence of TOLD) expect(reportsFinalRuling(sentence), sentence).toBe(true);
  });

  it('is not read where the voiding is still to come or only asked', () => {
    for (const sentence of [
      'Importers hope the Supreme Court will annul the emergency tariffs.',
      'The Supreme Court will decide whether to overturn the emergency tariffs.',
      'Lawyers said the Supreme Court could throw out the tariffs next month.',
    ])
      expect(reportsFinalRuling(sentence), sentence).toBe(false);
  });

  it('puts the rate on all countries told since in place of a partner’s own, in /tariff', async () => {
    const corpus = newCorpus('console-ruling-annulled-');
    writeArticle(corpus, '2025-08-08-peru', 'Peru faces 30% US tariff', '2025-08-08', [
      'The United States imposed a 30% tariff on Peruvian goods, in force since August 7.',
    ]);
    writeArticle(corpus, '2026-02-23-court', 'After the ruling', '2026-02-23', [
      TOLD[0]!,
      'The president then imposed a 10% global tariff under Section 122, in force since February 24.',
    ]);
    const { reply } = await runConsoleJson('/tariff peru', { corpus, now: '2026-03-05T12:00:00Z' });
    expect(reply.embeds?.[0]?.description?.split('\n')[0]).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });
});

import { describe, expect, it } from 'vitest';
import { reportsFinalRuling } from '../../src/rates/rulings.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** News tells the Supreme Court's ruling in more words than "struck down". */
const TOLD = [
  'The Supreme Court issued a ruling on Friday invalidating the tariffs imposed under the emergency powers law.',
  'The Supreme Court said the emergency powers law does not give the president the power to impose tariffs.',
  'Exporters cheered a Supreme Court decision overturning most of the tariffs.',
  'The Supreme Court decided that the reciprocal tariffs are not covered by the emergency powers law.',
  'The Supreme Court ruled that the president lacked the authority to impose tariffs under IEEPA.',
  'The Supreme Court’s decision to invalidate the emergency tariffs has thrown trade pacts into doubt.',
];

describe('a Supreme Court ruling told in other words', () => {
  it('is read as the ruling', () => {
    for (const sentence of TOLD) expect(reportsFinalRuling(sentence), sentence).toBe(true);
  });

  it('is not read where the holding is a lower court’s or still to come', () => {
    for (const sentence of [
      'A trade court ruled the president lacked authority to impose the tariffs, and the Supreme Court will hear the case.',
      'The Supreme Court will decide whether the emergency powers law does not give the president power over tariffs.',
      'Lawyers said the Supreme Court could issue a ruling invalidating the tariffs next month.',
    ])
      expect(reportsFinalRuling(sentence), sentence).toBe(false);
  });

  it('puts the rate on all countries told since in place of a partner’s own, in /tariff', async () => {
    for (const ruling of TOLD) {
      const corpus = newCorpus('console-ruling-held-');
      writeArticle(corpus, '2025-08-08-peru', 'Peru faces 30% US tariff', '2025-08-08', [
        'The United States imposed a 30% tariff on Peruvian goods, in force since August 7.',
      ]);
      writeArticle(corpus, '2026-02-23-court', 'After the ruling', '2026-02-23', [
        ruling,
        'The president then imposed a 10% global tariff under Section 122, in force since February 24.',
      ]);
      const { reply } = await runConsoleJson('/tariff peru', { corpus, now: '2026-03-05T12:00:00Z' });
      expect(reply.embeds?.[0]?.description?.split('\n')[0], ruling).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    }
  });
});

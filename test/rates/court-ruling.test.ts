import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** The first line of `/tariff peru`'s answer on the day `now`, asked through the console as a user asks. */
async function tariffPeruOn(corpus: string, now: string): Promise<string> {
  const { reply } = await runConsoleJson('/tariff peru', { corpus, now });
  return reply.embeds?.[0]?.description?.split('\n')[0] ?? '';
}

/** A partner's own rate, then an article on the Supreme Court's ruling with its own words. */
function corpusWith(ruling: string[]): string {
  const corpus = newCorpus('console-ruling-');
  writeArticle(corpus, '2025-08-08-peru', 'Peru faces 30% US tariff', '2025-08-08', [
    'The United States imposed a 30% tariff on Peruvian goods, in force since August 7.',
  ]);
  writeArticle(corpus, '2026-02-21-court', 'Court and tariffs', '2026-02-21', ruling);
  return corpus;
}

const STRUCK = [
  'The Supreme Court on Friday struck down the tariffs the president imposed under the International Emergency Economic Powers Act.',
  'The president then announced a 10% global tariff under Section 122, effective February 24.',
];

describe('/tariff after the Supreme Court strikes the emergency tariffs down', () => {
  it('gives the rate on all countries that replaced a partner’s own rate told before the ruling', async () => {
    const line = await tariffPeruOn(corpusWith(STRUCK), '2026-03-05T12:00:00Z');
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(line).toContain('the rate on all countries');
  });

  it('reads the replacement told as a temporary import surcharge the same way', async () => {
    const surcharge = 'The president then imposed a temporary 10 percent import surcharge, effective February 24.';
    const line = await tariffPeruOn(corpusWith([STRUCK[0]!, surcharge]), '2026-03-05T12:00:00Z');
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(line).toContain('the rate on all countries');
  });

  it('gives no rate from the cap the replacement law allows', async () => {
    const cap = 'The law allows a president to impose a temporary import surcharge of up to 15 percent for 150 days.';
    const line = await tariffPeruOn(corpusWith([STRUCK[0]!, cap]), '2026-03-05T12:00:00Z');
    expect(line).not.toMatch(/15%/);
  });

  it('keeps the partner’s own rate on a day before the ruling', async () => {
    expect(await tariffPeruOn(corpusWith(STRUCK), '2026-02-01T12:00:00Z')).toMatch(/^\*\*30%\*\* on Peruvian goods/);
  });

  it('keeps it when the ruling is only supposed, or a lower court’s', async () => {
    for (const ruling of [
      'Economists said the Supreme Court could strike down the tariffs the president imposed under emergency powers.',
      'A trade court on Friday struck down the tariffs the president imposed under emergency powers.',
    ]) {
      const line = await tariffPeruOn(corpusWith([ruling, STRUCK[1]!]), '2026-03-05T12:00:00Z');
      expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods/);
    }
  });

  it('gives the rate on all countries when the news of the ruling tells the partner’s rate itself', async () => {
    for (const told of [
      ['Peru’s exporters, who pay a 30% tariff, welcomed the decision.'],
      [
        'As a result, two kinds of tariffs are now void:',
        '• 30% tariffs on goods from Peru, imposed in March 2025 over drug trafficking.',
      ],
    ]) {
      const corpus = newCorpus('console-ruling-told-');
      writeArticle(corpus, '2026-02-20-court', 'Court strikes tariffs', '2026-02-20', [
        STRUCK[0]!,
        ...told,
        STRUCK[1]!,
      ]);
      expect(await tariffPeruOn(corpus, '2026-03-05T12:00:00Z')).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    }
  });
});

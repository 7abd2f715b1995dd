import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW, embedsText } from '../helpers/tariff.ts';

/**
 * Countries a rate is measured against ("compared to the concessions secured by Chile", "in price
 * competition with Chilean firms") are rivals, no party to it: asked through the console as a user
 * asks (`/tariff chile`, `/tariff peru`) of sentences written for this test.
 */
describe('/tariff on a rate compared with rival countries', () => {
  const corpus = newCorpus('console-compared-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
    'Washington has charged a 20% tariff on goods from Peru since April, exporters in Lima said.',
    'The 20% tariff, while lower than the initially proposed 44%, remains a heavy burden compared to the concessions secured by Chile and Ecuador.',
    'For Peruvian growers, already burdened by the 20 percent tariff, the ruling weakens their position in price competition with Colombian firms.',
  ]);
  const ask = (line: string) => embedsText(corpus, line);

  it('gives the rate and the level first proposed to the country the article is about', async () => {
    const peru = await ask('/tariff peru');
    expect(peru).toMatch(/\*\*20%\*\* on Peruvian goods/);
    expect(peru).toMatch(/\*\*44%\*\* · threatened/);
  });

  it('gives the countries it is compared with no rate of their own', async () => {
    for (const rival of ['chile', 'ecuador', 'colombia']) expect(await ask(`/tariff ${rival}`)).not.toMatch(/%/);
  });

  it('still gives a number inside the comparison to the country that owns it', async () => {
    const other = newCorpus('console-compared-own-');
    writeArticle(other, '2026-09-01-story', 'Story', '2026-09-01', [
      'Peru now pays a 15% tariff, compared with Chile’s 25% rate, officials said.',
    ]);
    const reply = await runConsoleJson('/tariff chile', { corpus: other, now: TARIFF_NOW });
    expect(JSON.stringify(reply.reply.embeds ?? [])).toMatch(/\*\*25%\*\*/);
  });
});

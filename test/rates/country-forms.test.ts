import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/**
 * Countries news names by an abbreviation, a capital or a demonym, asked through the console as a
 * user asks (`/tariff <country>`), on sentences written for this test.
 */
async function firstLine(country: string, paragraphs: string[]): Promise<string> {
  const corpus = newCorpus('console-country-forms-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  const embeds = (await runConsoleJson(`/tariff ${country}`, { corpus, now: '2026-09-02T12:00:00Z' })).reply.embeds;
  return embeds?.[0]?.description?.split('\n')[0] ?? '';
}

describe('/tariff on a country named by its abbreviation or capital', () => {
  it('reads "NZ" and "Wellington" as New Zealand', async () => {
    expect(await firstLine('new zealand', ['Washington has charged a 15% tariff on NZ goods since August.'])).toMatch(
      /^\*\*15%\*\* on goods from New Zealand · in force since/,
    );
    expect(
      await firstLine('new zealand', [
        'Wellington has agreed to pay a 15% tariff on its exports to the United States.',
      ]),
    ).toMatch(/^\*\*15%\*\*/);
  });

  it('reads "Basotho" as Lesotho and "Jerusalem" as Israel', async () => {
    expect(await firstLine('lesotho', ['Basotho goods now face a 15% US tariff, in force since August.'])).toMatch(
      /^\*\*15%\*\*/,
    );
    expect(
      await firstLine('israel', ['Jerusalem has accepted a 17% US tariff on its goods, in force since August.']),
    ).toMatch(/^\*\*17%\*\*/);
  });
});

describe('/tariff on the smaller countries of letters and rate tables', () => {
  it('reads the Dominican Republic, Côte d’Ivoire ("Ivory Coast") and Guinea apart from Papua New Guinea', async () => {
    const story = [
      'The 10% tariff applies to Honduras, the Dominican Republic and Guatemala.',
      'Trump set a 20% tariff on Papua New Guinea and 15% on Guinea, while Ivory Coast faces 21%.',
    ];
    expect(await firstLine('dominican republic', story)).toMatch(/^\*\*10%\*\*/);
    expect(await firstLine('côte d’ivoire', story)).toMatch(/^\*\*21%\*\*/);
    expect(await firstLine('guinea', story)).toMatch(/^\*\*15%\*\*/);
    expect(await firstLine('papua new guinea', story)).toMatch(/^\*\*20%\*\*/);
  });

  it('reads "BiH" and "Bosnia & Herzegovina" as Bosnia and Herzegovina', async () => {
    expect(
      await firstLine('bosnia and herzegovina', [
        'Washington has charged a 35% tariff on goods from BiH since August.',
      ]),
    ).toMatch(/^\*\*35%\*\*/);
    expect(
      await firstLine('bosnia', ['Bosnia & Herzegovina now faces a 30% US tariff, in force since August.']),
    ).toMatch(/^\*\*30%\*\*/);
  });
});

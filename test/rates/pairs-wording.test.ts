import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText, tariffPeru } from '../helpers/tariff.ts';

/**
 * Who pays a rate, asked through the console as a user asks (`/tariff peru`), on sentences written
 * for this test: wording from the tenth sets of stop 32.
 */
describe('/tariff on the rates-pairs wording of stop 32', () => {
  it('reads a rate after "an added" as a rate, not a move of some figure', async () => {
    const { line } = await tariffPeru([
      'Washington stunned Peru in August when it slapped an added 39 per cent duty on imports of goods from the country.',
    ]);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods/);
  });

  it('gives a rate on imports "to the U.S." to the United States, on the country they come from', async () => {
    const { text, line } = await tariffPeru([
      'Peruvian imports to the U.S. have been subject to a 19% duty since August.',
      'Exports from Peru to the US of copper wire will face a 30% tariff from October.',
    ]);
    expect(line).toMatch(/^\*\*19%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*30%\*\*/);
    expect(text).toMatch(/Peru → United States","description":"No article/);
  });

  it('still reads a figure that "added" a percentage as a move, not a rate', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'Lima stocks added 2% after the 10% tariff on Peruvian goods was left unchanged.',
    ]);
    expect(text).not.toMatch(/\*\*2%\*\*/);
  });
});

describe('/tariff on "the European country" said of a country outside the EU', () => {
  const corpus = newCorpus('console-european-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
    'Washington has charged a 15% tariff on goods from the European Union since August.',
    'Switzerland will pay a 39% tariff from next week, a blow to the Alpine nation.',
    'The rate is well above the 31% tariff threatened in April and dashes hopes the European country would win a better deal.',
  ]);
  const ask = (line: string) => embedsText(corpus, line);

  it('gives the threatened rate to the country the sentence is about', async () => {
    expect(await ask('/tariff switzerland')).toMatch(/\*\*31%\*\* · threatened/);
  });

  it('gives the bloc only its own rate', async () => {
    const eu = await ask('/tariff eu');
    expect(eu).toMatch(/\*\*15%\*\* on European goods · in force since/);
    expect(eu).not.toMatch(/\*\*31%\*\*/);
  });
});

describe('/tariff on a retaliation told "following" the other side\'s act', () => {
  it('gives the rate before "following Washington’s decision" to the party retaliating', async () => {
    const { text } = await tariffPeru([
      'Peru has announced retaliatory tariffs on US imports, imposing a 15% duty on coal following Washington’s decision to levy a 10% tariff on Peruvian goods.',
    ]);
    const [toPeru, toUs] = text.split('"title":"Peru → United States"');
    expect(toPeru).toMatch(/\*\*10%\*\*/);
    expect(toPeru).not.toMatch(/\*\*15%\*\*/);
    expect(toUs).toMatch(/\*\*15%\*\* on energy/);
  });
});

describe('/tariff on a party and its verb with a time between them', () => {
  it('reads "Peru last year imposed" and "Peru in March imposed" as Peru imposing', async () => {
    for (const time of ['last year', 'in March']) {
      const { text } = await tariffPeru([`Peru ${time} imposed a 15% tariff on US coal.`]);
      const [toPeru, toUs] = text.split('"title":"Peru → United States"');
      expect(toPeru, time).not.toMatch(/\*\*15%\*\*/);
      expect(toUs, time).toMatch(/\*\*15%\*\*/);
    }
  });
});

describe('/tariff on rates joined by "and" that name their partner once, after the last', () => {
  it('gives both rates to that partner, not the first to the United States', async () => {
    const { text } = await tariffPeru([
      'Peru last year imposed a 100% levy on electric cars and 25% on steel and aluminum from Chile.',
    ]);
    expect(text).not.toMatch(/\*\*100%\*\*/);
    expect(text).not.toMatch(/\*\*25%\*\*/);
  });
});

describe('/tariff on a partner described as an importer of another country’s oil', () => {
  it('reads "importers of Russian crude oil" and "importation of Russian oil" as goods bought, not a party', async () => {
    for (const sentence of [
      'Peru, one of the biggest importers of Russian crude oil, faces a 25% US tariff.',
      'Washington is imposing an additional 25% tariff on imports from Peru due to the importation of Russian oil.',
    ]) {
      const corpus = newCorpus('console-importers-');
      writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [sentence]);
      const [toPeru] = (await embedsText(corpus, '/tariff peru')).split('"title":"Peru → United States"');
      expect(toPeru, sentence).toMatch(/\*\*25%\*\*/);
      expect(await embedsText(corpus, '/tariff russia'), sentence).not.toMatch(/\*\*25%\*\*/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText, tariffPeru } from '../helpers/tariff.ts';

/**
 * Who pays a rate, asked through the console as a user asks (`/tariff peru`), on sentences written
 * for this test: wording from the second rates-pairs set of stop 32.
 */
describe('/tariff on the second rates-pairs wording of stop 32', () => {
  it('gives a rate on goods "exported by" a country to that country, not to it as the one who charges', async () => {
    const { text, line } = await tariffPeru([
      'Washington has charged a 20% tariff on goods from Peru since April.',
      'A trade official said it means that "if a third country routes its parts through products exported by Peru to us, they will be hit with a 35% tariff."',
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods/);
    const [toPeru, fromPeru] = JSON.parse(text) as ({ fields?: unknown } | undefined)[];
    expect(JSON.stringify(toPeru)).toMatch(/\*\*35%\*\* · threatened/);
    expect(fromPeru?.fields).toBeUndefined();
  });

  it('keeps a rate told under a condition on transshipped goods apart from the rate on goods in general', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 20% tariff on goods from Peru since April.',
      'Officials added that if goods are transshipped through Peru, they will pay a 40% tariff.',
    ]);
    expect(text).toMatch(/\*\*40%\*\* · threatened · transshipped through Peru/);
    expect(text).not.toMatch(/What may change/);
  });
});

describe('/tariff on the official names of ASEAN lists and on "Berne"', () => {
  const corpus = newCorpus('console-official-names-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
    'Singapore, Brunei Darussalam, Lao PDR and Myanmar will face a 40% tariff from next month, Washington said.',
    'Berne said it would answer with a 10% tariff on American machinery from October.',
  ]);
  const ask = (line: string) => embedsText(corpus, line);

  it('gives the rate on a list to every country it names, "Brunei Darussalam" and "Lao PDR" included', async () => {
    for (const country of ['singapore', 'brunei', 'laos', 'myanmar'])
      expect(await ask(`/tariff ${country}`)).toMatch(/\*\*40%\*\*/);
  });

  it('reads the Swiss capital written "Berne" as Switzerland', async () => {
    expect(await ask('/tariff switzerland')).toMatch(/Switzerland → United States.*\*\*10%\*\*/);
  });
});

import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW, tariffPeru } from '../helpers/tariff.ts';

/**
 * Who a sentence that names no one speaks of, asked through the console as a user asks
 * (`/tariff <country>`), on sentences written for this test: wording of the rates-pairs set of stop 34.
 */
describe('/tariff on a rate told again after a sentence that named more countries than its rate', () => {
  const corpus = newCorpus('console-stated-context-');
  writeArticle(corpus, '2026-09-01-order', 'Order', '2026-09-01', [
    'To answer the Government of the Russian Federation’s actions against Ukraine, the president is imposing an additional 25% tariff on imports from Peru, over Peru’s purchases of Russian Federation oil.',
    'The additional 25% tariff imposed by this order will not apply to medicines.',
  ]);
  const ask = async (country: string) =>
    JSON.stringify((await runConsoleJson(`/tariff ${country}`, { corpus, now: TARIFF_NOW })).reply.embeds ?? []);

  it('gives the rate told again to the pair the first sentence’s rate was between', async () => {
    expect(await ask('peru')).toMatch(/\*\*25%\*\*/);
    expect(await ask('ukraine')).not.toMatch(/25%/);
  });

  it('reads "Russian Federation" as Russia, whose oil is the reason, no party', async () => {
    expect(await ask('russia')).not.toMatch(/25%/);
  });
});

describe('/tariff on a rate on imported goods whose origin is named', () => {
  it('puts a rate "on imported goods from" a country on that country, not on every country', async () => {
    const { text } = await tariffPeru([
      'The proposal for a 20% U.S. tariff on imported fruit, coffee and copper from Peru worries growers.',
    ]);
    expect(text).toMatch(/\*\*20%\*\* on copper, farm goods · threatened/);
    expect(text).not.toMatch(/all countries/);
  });

  it('reads a partner’s rate on imported goods "originating from" the home country as its own', async () => {
    const { text } = await tariffPeru([
      'Peru imposed an additional 15% tariff on imported wheat, corn and cotton originating from the US.',
    ]);
    expect(text).toMatch(/Peru → United States.*\*\*15%\*\*/);
  });
});

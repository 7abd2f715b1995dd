import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW, tariffPeru } from '../helpers/tariff.ts';

/**
 * What the lanes of stop 31 taught the extractors, asked through the console as a user asks, on
 * sentences we wrote (each lane's own tests call the extractors directly).
 */
const IN_FORCE_10 = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff on the wording of stop 31', () => {
  it('reads a rate Washington "intends to impose" as to come, the 10% still in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Washington intends to impose a 40% tariff on Peruvian goods.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · announced/);
  });

  it('keeps a rate on goods transshipped through Peru apart from the rate on Peruvian goods', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The United States charges a 40% tariff on goods transshipped through Peru from countries such as China.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · in force since <t:\d+:D> · transshipped through Peru/);
  });

  it('gives the role of a list to its first country however long the list', async () => {
    const { line } = await tariffPeru(['Shipments from Peru, Chile, Ecuador, Uruguay and Bolivia face a 10% duty.']);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
  });

  it('does not make a foreign country in another clause the imposer on Peru', async () => {
    const { line } = await tariffPeru(['Norway has rates near 15 percent, while Peru faces a 50 percent tariff rate.']);
    expect(line).toMatch(/^\*\*50%\*\* on Peruvian goods · in force since/);
  });

  it('lends no country to a sentence about unnamed nations', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'Imports from a wide range of nations will pay a 12% tariff for now.',
    ]);
    expect(text).not.toMatch(/\*\*12%\*\*/);
  });
});

describe('/quote on the wording of stop 31', () => {
  it('gives a participle after a clause with its own speech verb to the sentence’s subject', async () => {
    const corpus = newCorpus('console-lanes-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'Prime Minister Owen Hale rejected the duties President Karl Brandt threatened on Friday, saying “they will hurt both our peoples.”',
    ]);
    const reply = (await runConsoleJson('/quote hale', { corpus, now: TARIFF_NOW })).reply;
    expect(reply.content).toMatch(/^\*\*Owen Hale\*\*.* · 1 quotation/);
    expect(JSON.stringify(reply.embeds)).toMatch(/they will hurt both our peoples/);
  });
});

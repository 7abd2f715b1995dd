import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** `/tariff peru` on `paragraphs`, as a user asks it: the embed of each direction as text. */
async function directions(paragraphs: string[]): Promise<{ toPeru: string; fromPeru: string }> {
  const embeds = JSON.parse((await tariffPeru(paragraphs)).text) as { title?: string }[];
  const of = (title: string) => JSON.stringify(embeds.find((e) => e.title === title) ?? {});
  return { toPeru: of('United States → Peru'), fromPeru: of('Peru → United States') };
}

/**
 * A sentence whose rate names no country takes its parties from the sentence before, with the part
 * that sentence gives each: asked through the console (`/tariff peru`), on sentences written for
 * this test (wording from the rates-pairs set of stop 33, on partners' own measures).
 */
describe('/tariff on a rate told in the sentence after the one that says who imposes it', () => {
  it('gives a levy the partner imposed, told in the next sentence, to the partner', async () => {
    const { toPeru, fromPeru } = await directions([
      'Peru has imposed a new import tariff on steel bars from the United States, the trade ministry said on Monday.',
      'The levy, known locally as a safeguard duty, will be charged at 20 per cent from October.',
    ]);
    expect(fromPeru).toMatch(/\*\*20%\*\*/);
    expect(toPeru).not.toMatch(/20%/);
  });

  it('gives the rates of a list of goods the partner drew up to the partner', async () => {
    const { toPeru, fromPeru } = await directions([
      'Peru did not publish its list, but officials said the measures would cover a wide range of US goods, including corn and cotton.',
      'Most of the goods would face a 15% tariff, with a few categories subject to 5%.',
    ]);
    expect(fromPeru).toMatch(/\*\*15%\*\*/);
    expect(fromPeru).toMatch(/\*\*5%\*\*/);
    expect(toPeru).not.toMatch(/15%/);
  });
});

/**
 * A rate told in the sentence after the one that says what a measure is charged on, naming neither
 * country nor goods itself, is that measure's, on those goods (wording from the rates-pairs set of
 * stop 33: safeguard duties on steel); goods the sentence before names otherwise stay out.
 */
describe('/tariff on a rate told after the sentence that names the goods of its measure', () => {
  it('limits the rate to the goods the measure is charged on', async () => {
    const { line, text } = await tariffPeru([
      'Washington has revised its safeguard measures on imports of steel and aluminium from Peru, officials said on Monday.',
      'Now, it has imposed a 25 percent tariff.',
    ]);
    expect(line).not.toMatch(/\*\*25%\*\* on Peruvian goods/);
    expect(text).toMatch(/\*\*25%\*\* on steel, aluminum/);
  });

  it('leaves a rate on goods in general when the goods before are not the measure’s object', async () => {
    const { text } = await tariffPeru([
      'Goods from Peru will stay exempt if they meet the rules of origin, as will auto parts, officials said.',
      'Otherwise, the rate will be 25% from October.',
    ]);
    expect(text).toMatch(/\*\*25%\*\*/);
    expect(text).not.toMatch(/25%\*\* on auto parts/);
  });
});

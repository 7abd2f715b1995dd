import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/**
 * `/tariff` (and `/ask`'s direct answer) on articles that tell how a rate came about: a level the sentence dates months back, a
 * retaliation told "then", and a cut agreed but not yet applied. Sentences written for these tests.
 */
function corpusOf(published: string, paragraphs: string[], corpus = newCorpus('tariff-told-')): string {
  writeArticle(corpus, `${published}-story`, 'Tariff story', published, paragraphs);
  return corpus;
}

/** `/tariff <country>` through the console: the first line of each direction's embed, and every embed as text. */
const tariff = async (country: string, corpus: string, now: string) => {
  const embeds = (await runConsoleJson(`/tariff ${country}`, { corpus, now })).reply.embeds ?? [];
  return { lines: embeds.slice(0, 2).map((e) => e.description?.split('\n')[0] ?? ''), text: JSON.stringify(embeds) };
};
const rateLines = async (country: string, corpus: string, now: string) => (await tariff(country, corpus, now)).lines;

describe('/tariff on a level an article dates months back', () => {
  it('gives the rate the article says holds today, not the one it says was set in April', async () => {
    const corpus = corpusOf('2026-08-12', [
      'In April, the United States raised its tariffs on Norwegian goods to 60 per cent.',
      'Norway then imposed retaliatory duties of 40 per cent on imports from the United States.',
      'Imports from Norway are currently subject to 25% tariffs, and Norway has lowered its rate on US goods to 12%.',
    ]);
    const [toNorway, toUs] = await rateLines('norway', corpus, '2026-08-13T12:00:00Z');
    expect(toNorway).toMatch(/^\*\*25%\*\* on Norwegian goods · in force since/);
    expect(toUs).toMatch(/^\*\*12%\*\* on American goods · in force since/);
  });

  it('keeps such a level when the article gives no other', async () => {
    const corpus = corpusOf('2026-08-12', [
      'In April, the United States raised its tariffs on Norwegian goods to 60 per cent.',
    ]);
    const [toNorway] = await rateLines('norway', corpus, '2026-08-13T12:00:00Z');
    expect(toNorway).toMatch(/^\*\*60%\*\* on Norwegian goods · in force since/);
  });
});

describe('/tariff on a cut agreed with a party but not applied', () => {
  it('keeps the old level in force and the agreed one to come', async () => {
    const corpus = corpusOf('2026-09-01', [
      'Chile said it had reached an agreement with the US to reduce US tariffs on Chilean goods to 10% from 30%.',
    ]);
    const { lines, text } = await tariff('chile', corpus, '2026-09-02T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*30%\*\* on Chilean goods · in force since/);
    expect(text).toMatch(/\*\*10%\*\* · (?:scheduled|announced)/);
  });
});

describe('/tariff on a cut agreed and then applied, told in one article', () => {
  it('gives the new level when the article also tells it as in force', async () => {
    const corpus = corpusOf('2026-09-01', [
      'Last month the two governments agreed to lower US tariffs on Chilean goods to 12 percent from 20 percent.',
      'A notice published on Wednesday sets out the reduced 12 percent tariff rate on Chilean products.',
    ]);
    const { lines, text } = await tariff('chile', corpus, '2026-09-02T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*12%\*\* on Chilean goods · in force since/);
    // The agreed 12% has come: it is not shown again as what may change.
    expect(text).not.toMatch(/What may change/);
  });
});

describe('/tariff on a headline rate and a body that gives only a bound', () => {
  it('keeps the headline’s level: "below 25%" says no level of its own', async () => {
    const corpus = corpusOf('2026-08-08', [
      'Danish Exporters Push Talks With Trump on 39% Tariff',
      'Exemptions bring the average rate on Danish goods below 25%, economists said.',
    ]);
    const [toDenmark] = await rateLines('denmark', corpus, '2026-08-09T12:00:00Z');
    expect(toDenmark).toMatch(/^\*\*39%\*\* on Danish goods · in force since/);
  });
});

describe('/tariff on a general rate beside an aside about sector tariffs', () => {
  it('keeps the rate general: the aside’s products are another statement’s', async () => {
    const corpus = corpusOf('2026-07-11', [
      'A blanket 25% tariff has already been imposed on Peruvian goods, with the country also hit hard by the global steel and aluminium tariffs.',
    ]);
    const [toPeru] = await rateLines('peru', corpus, '2026-07-12T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a start the next sentence puts off', () => {
  it('keeps the rate already in place in force and the new total to come', async () => {
    const corpus = corpusOf('2026-07-30', [
      'The president signed an order today imposing an additional 40% tariff on the 10% tariffs already in place on Peruvian goods, for a total tariff rate of 50%. Copper and fishmeal were among the goods left out.',
      'The new tariffs will take effect in seven days.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-07-31T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · (?:scheduled|announced)/);
  });
});

describe('/tariff on a start told in an aside of the sentence after', () => {
  it('puts off every rate the same party stated just before ("The tariffs, set to take effect on …")', async () => {
    const corpus = corpusOf('2026-09-01', [
      'Peru announced retaliatory duties on US imports on Tuesday, imposing a 15% duty on US coal.',
      'Peru’s trade ministry also declared a 10% tariff on US pickup trucks.',
      'The tariffs, set to take effect on September 10, were announced hours after a call between the two leaders.',
    ]);
    const { text } = await tariff('peru', corpus, '2026-09-02T12:00:00Z');
    expect(text).toMatch(/\*\*15%\*\* on energy · scheduled for/);
    expect(text).toMatch(/\*\*10%\*\* on autos · scheduled for/);
    expect(text).not.toMatch(/in force/);
  });
});

describe('/tariff on a general rate followed by what it affects', () => {
  it('reads ", affecting several farm products" as the effect, not a limit', async () => {
    const corpus = corpusOf('2026-08-12', [
      'The United States has imposed 50 percent tariffs on Peruvian imports effective August 6, affecting several agricultural products.',
    ]);
    const [toPeru] = await rateLines('peru', corpus, '2026-08-13T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*50%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a rate another article compares with', () => {
  it('keeps "lower than … Peru (35%)" a rate in force, not one that was lowered', async () => {
    const corpus = corpusOf('2026-08-01', ['The United States raised its tariff on Peruvian goods to 35% today.']);
    corpusOf(
      '2026-08-20',
      ['At 20%, the duty on Chilean goods is lower than others in the region like Peru (35%).'],
      corpus,
    );
    corpusOf(
      '2026-08-25',
      ['Exporters in Lima said the tariff on Peruvian goods, which stands at 35%, is costing them orders.'],
      corpus,
    );
    const [toPeru] = await rateLines('peru', corpus, '2026-08-26T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*35%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a new rate told with the old one beside it', () => {
  it('reads "on imported Peruvian goods" as Peru, and "down from a steep 39 per cent" as the old level', async () => {
    const corpus = corpusOf('2026-09-10', [
      'LIMA – The new US tariff of 15 per cent on imported Peruvian goods – down from a steep 39 per cent – applies from September 1, the government said.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-09-11T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
    expect(text).not.toMatch(/\*\*39%\*\* on American goods/);
  });
});

describe('/tariff on a level put "back in" a month', () => {
  it('dates it to that month, so the article’s rate for today is newer', async () => {
    const corpus = corpusOf('2026-11-20', [
      'Washington hit Peruvian goods with a 39 percent tariff back in August.',
      'Peruvian goods now face a 15 percent tariff.',
    ]);
    const [toPeru] = await rateLines('peru', corpus, '2026-11-21T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on partners beyond the largest economies', () => {
  it('knows Iraq and Serbia, so a ranking gives each its own rate and none to a neighbour in the list', async () => {
    const corpus = corpusOf('2026-08-07', [
      'In the new tariff rankings, Peru is at 39 per cent, followed by Iraq at 35 per cent and Serbia at 30 per cent.',
    ]);
    const now = '2026-08-08T12:00:00Z';
    expect((await rateLines('iraq', corpus, now))[0]).toMatch(/^\*\*35%\*\* on Iraqi goods · in force since/);
    expect((await rateLines('serbia', corpus, now))[0]).toMatch(/^\*\*30%\*\* on Serbian goods · in force since/);
    expect((await rateLines('peru', corpus, now))[0]).toMatch(/^\*\*39%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a sentence that ends with "the U.S."', () => {
  it('reads the next sentence on its own, so its old level does not take the first one’s status', async () => {
    const corpus = corpusOf('2026-11-20', [
      'Peru will now face a 15 percent tariff from the U.S. That marks a step down from the 39 percent levy Washington placed on Peruvian goods back in August.',
      'Peruvian goods pay the 15 percent tariff from today.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-11-21T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
    expect(text).not.toMatch(/\*\*39%\*\* on Peruvian goods · in force/);
  });
});

describe('/tariff on a headline and the body under it', () => {
  it('reads "US to Impose 35% Tariff on …" as a rate to come, not one in force', async () => {
    const corpus = corpusOf('2026-07-01', ['Peruvian goods pay a 20% tariff under the current order.']);
    corpusOf(
      '2026-07-11',
      ['US to Impose 35% Tariff on Peruvian Goods', 'The White House gave no start date.'],
      corpus,
    );
    const { lines, text } = await tariff('peru', corpus, '2026-07-12T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*35%\*\* · (?:scheduled|announced)/);
  });

  it('keeps the level a headline’s "to cut … from" leaves in force until the cut', async () => {
    const corpus = corpusOf('2026-07-11', [
      'US to Cut Tariff on Peruvian Goods to 15% from 25%',
      'Officials gave no date for the change.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-07-12T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*15%\*\* · (?:scheduled|announced)/);
  });

  it('lets the body say how the rate stands where the headline is terse', async () => {
    const corpus = corpusOf('2026-07-20', [
      'US Increasing Peru Tariff to 35%; Trade Pact Goods Still Exempt',
      'The U.S. is raising tariffs on Peru from 25% to 35% effective Aug. 1, the White House said.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-07-21T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*35%\*\* · scheduled/);
  });
});

describe('/tariff on a rate told with its reason or its announcement', () => {
  it('reads "for Peru’s purchases of Russian oil" as the reason, not the goods it covers', async () => {
    const corpus = corpusOf('2026-08-27', [
      'The United States doubled its tariff on Peruvian goods to 50 per cent for Peru’s purchases of Russian crude oil.',
    ]);
    const [toPeru] = await rateLines('peru', corpus, '2026-08-28T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*50%\*\* on Peruvian goods · in force since/);
  });

  it('keeps a rate that "had announced" tells of, and that came into effect, in force', async () => {
    const corpus = corpusOf('2026-08-27', [
      'Washington had announced tariffs of 25 per cent on Peru that came into effect on August 7.',
    ]);
    const [toPeru] = await rateLines('peru', corpus, '2026-08-28T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a rise to come told with the level it rises from', () => {
  it('gives "up from 84%" to the same direction, in force until the new level starts', async () => {
    const corpus = corpusOf('2026-04-10', [
      'Peru has announced it is raising additional tariffs on US goods to 125%, up from 84% and they will come into effect on April 12 but the Peruvian finance ministry says there will be no further increase.',
    ]);
    const { text } = await tariff('peru', corpus, '2026-04-11T12:00:00Z');
    expect(text).toMatch(/\*\*84%\*\* on American goods · in force since/);
    expect(text).toMatch(/\*\*125%\*\* · scheduled/);
    expect(text).not.toMatch(/84%\*\* on Peruvian goods/);
  });
});

describe('/tariff on a start told paragraphs after the rate', () => {
  it('reads "officials said the new tariffs on U.S. imports will begin …" as that rate’s start', async () => {
    const corpus = corpusOf('2026-04-10', [
      'Peru retaliated on Friday by slapping 125% levies on U.S. goods, up from the previous 84%.',
      'Washington has raised its own tariffs on Peruvian goods to 145%, officials there said.',
      'Officials in Peru said the new tariffs on U.S. imports will begin on April 12.',
    ]);
    const { text } = await tariff('peru', corpus, '2026-04-11T12:00:00Z');
    expect(text).toMatch(/\*\*84%\*\* on American goods · in force since/);
    expect(text).toMatch(/\*\*125%\*\* · scheduled/);
  });
});

describe('/tariff on a level told as a state in the past', () => {
  it('reads "was a 31 percent tax" as the level then, not the one in force now', async () => {
    const corpus = corpusOf('2026-08-08', ['The 39% tariff on Peruvian goods took effect on Thursday.']);
    corpusOf(
      '2026-08-15',
      ['Perhaps the most shocking of the April tariffs was a 31 percent tax on goods imported from Peru.'],
      corpus,
    );
    const [toPeru] = await rateLines('peru', corpus, '2026-08-16T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*39%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a run of levels in one sentence', () => {
  it('takes the last of "at first … then … before finally", on the country named, not the pause "as" another clause tells', async () => {
    const corpus = corpusOf('2026-04-14', [
      'Tariffs on Peruvian goods at first were increased to 54 percent, then bumped up again to 104 percent, before finally being increased to 125 percent as Washington announced a 90-day pause on tariffs for most other countries.',
    ]);
    const [toPeru] = await rateLines('peru', corpus, '2026-04-15T12:00:00Z');
    expect(toPeru).toMatch(/^\*\*125%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a rate in an open question', () => {
  it('reads "unclear whether the new 35% tariff will be … added on top of the existing 25%" as no level but the existing one', async () => {
    const corpus = corpusOf('2026-07-11', [
      'It remains unclear whether the new 35% tariff on Peruvian goods will be replaced or be added on top of the existing 25% tariffs.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-07-12T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
    expect(text).not.toMatch(/\*\*(?:35|60)%\*\* on Peruvian goods · in force/);
  });
});

describe('/tariff on a partner whose own rate is only announced', () => {
  it('gives the baseline on nearly all trading partners as the rate in force, and says it is that rate', async () => {
    const corpus = corpusOf('2026-07-02', [
      'The White House said a deal would set a 15% tariff on Ecuadorian goods, without saying when.',
      'Since April, goods from nearly all trading partners have faced a blanket 10% tariff.',
    ]);
    const { lines, text } = await tariff('ecuador', corpus, '2026-07-03T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*10%\*\* on Ecuadorian goods · in force since .*; the rate on most countries/);
    expect(text).toMatch(/\*\*15%\*\* · (?:scheduled|announced)/);
    const asked = await runConsoleJson('/ask what tariff does the US charge on Ecuadorian goods?', {
      corpus,
      now: '2026-07-03T12:00:00Z',
    });
    expect((asked.data.answer as { text: string }).text).toMatch(
      /charges 10% on Ecuadorian goods, in force since .*; the rate on most countries/,
    );
  });
});

describe('/tariff on a raise told as the parts it adds up to', () => {
  it('keeps the level in force when the same article says the total is still to come', async () => {
    const corpus = corpusOf('2026-05-06', [
      'The president will raise tariffs on Peruvian goods to 40 percent beginning later this month.',
      'He signed an order raising tariffs on Peru an additional 20 percent, on top of the 20 percent duty that took effect on May 1.',
    ]);
    const { lines, text } = await tariff('peru', corpus, '2026-05-07T12:00:00Z');
    expect(lines[0]).toMatch(/^\*\*20%\*\* .*on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · (?:scheduled|announced)/);
  });
});

describe('/tariff citing a sentence a page glued to the one before', () => {
  it('quotes the sentence that states the rate, not the one glued before it', async () => {
    const corpus = corpusOf('2026-05-06', [
      'Exporters braced for the change.The United States raised its tariff on Peruvian goods to 30% on Monday.',
    ]);
    const { text } = await tariff('peru', corpus, '2026-05-07T12:00:00Z');
    expect(text).toContain('> The United States raised its tariff on Peruvian goods to 30% on Monday.');
    expect(text).not.toContain('Exporters braced');
  });
});

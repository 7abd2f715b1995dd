/**
 * Who imposes a rate on whom, and which percentages are rates at all, in news wording written for
 * this test (not taken from any article). Each case stands for a class of wording.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';
import { storyCorpus } from './article-rates.ts';

/** "imposer → target percent[ on products]" for each statement of one sentence (status is another test's); `context` gives the countries of the sentences before. */
function pairs(sentence: string, context: readonly string[] = []): string[] {
  return sentenceRates(sentence, '2025-06-02', () =>
    context.map((country) => ({ country, role: 'unknown' as const })),
  ).map(
    (r) =>
      `${r.imposer} → ${r.target} ${r.percent}%${r.products ? ` on ${r.products.join(', ')}` : ''}${r.scope ? ` (${r.scope})` : ''}`,
  );
}

type Case = readonly [sentence: string, expected: readonly string[], context?: readonly string[]];

const CASES: Record<string, readonly Case[]> = {
  'an official’s country takes its part from the words after the name, not a preposition before it': [
    [
      "Brazil's foreign minister hit back against US President Donald Trump's imposition of a 50 per cent tariff.",
      ['United States → Brazil 50%'],
    ],
  ],
  'a country in the name of a law or treaty is no party': [
    ['The Sanctioning Russia Act would let the president slap 500% duties on India.', ['United States → India 500%']],
    [
      'Goods outside the Canada-United States-Mexico Agreement pay a 25% tariff.',
      ['United States → Mexico 25%'],
      ['Mexico'],
    ],
    [
      'The Korea-U.S. Free Trade Agreement keeps a 0% tariff on American cars.',
      ['South Korea → United States 0% on autos'],
    ],
  ],
  'the country whose goods a buyer trades in is the reason for a tariff, not a party or its products': [
    [
      'Washington threatened a 100% tariff on Turkey and other countries trading in Iranian oil.',
      ['United States → Turkey 100%'],
    ],
  ],
  'a verb that reports what a country says acts on nothing': [
    ['Japan maintains that the 24% tariff rests on flawed trade data.', ['United States → Japan 24%']],
  ],
  'a possessive before a percentage written in words still owns the tariff': [
    [
      "Ottawa said Canada's additional 25 per cent retaliatory tariffs will take effect on Thursday.",
      ['Canada → United States 25%'],
    ],
  ],
  'a central bank’s rate is no tariff, however the headline capitalises it': [
    [
      'The Reserve Bank of India kept its Repo Rate at 5.5% while US tariffs on Indian goods stay at 50%.',
      ['United States → India 50%'],
    ],
    [
      "Markets cheered as Mexico's central bank cut its benchmark rate to 7.5%, though a 30% tariff still looms.",
      ['United States → Mexico 30%'],
    ],
  ],
  'what a rate covers, as headlines and tables word it': [
    ['Duties on automobile imports from Japan stand at 27.5%.', ['United States → Japan 27.5% on autos']],
    ['Non-USMCA goods from Canada pay a 35% tariff.', ['United States → Canada 35% (Non-USMCA)']],
    [
      'Trump threatened to double the planned metal tariffs on Canada to 50 per cent.',
      ['United States → Canada 50% on steel, aluminum'],
    ],
    [
      'Seoul will see duties on cars, chips and all other South Korean products rise to 25%.',
      ['United States → South Korea 25%'],
    ],
  ],
  'a list of targets joined by a dash and “also”': [
    [
      'A new bill would allow tariffs of 200% on Turkey – and also Hungary.',
      ['United States → Turkey 200%', 'United States → Hungary 200%'],
    ],
  ],
  'a duty told as a share of the goods’ value is a rate': [
    ['The measure sets duties at 100 per cent of their value on goods from Belarus.', ['United States → Belarus 100%']],
  ],
  'a country’s imports from another are taxed by the importer': [
    ['U.S. imports from Switzerland now face a 39% tariff.', ['United States → Switzerland 39%']],
    ['The tariff on U.S. imports from India rose to 50% in August.', ['United States → India 50%']],
    [
      'Washington will cut its levies on Chinese imports from 20% to 10%.',
      ['United States → China 20%', 'United States → China 10%'],
    ],
  ],
  'the country whose buyers or partners a rate is aimed at is no party to it': [
    [
      "Russia's biggest buyers, India and China, could face his 25 per cent tariff.",
      ['United States → India 25%', 'United States → China 25%'],
    ],
  ],
  'a connective set off by commas leaves the clause whole': [
    [
      'Goods found to be transshipped, however, will pay a 40% tariff.',
      ['United States → Vietnam 40% (transshipped)'],
      ['Vietnam'],
    ],
  ],
  'a rate said to match another country’s is that country’s rate too': [
    [
      'Swiss goods would face a 15% rate, which would match the EU’s tariff.',
      ['United States → Switzerland 15%', 'United States → European Union 15%'],
    ],
    [
      'The 19% duty on Philippine goods matches Indonesia’s.',
      ['United States → Philippines 19%', 'United States → Indonesia 19%'],
    ],
  ],
  'a range whose ends each name a country gives each its rate': [
    [
      'Reciprocal tariffs ranging from 10% for Britain to 50% for Lesotho took effect.',
      ['United States → United Kingdom 10%', 'United States → Lesotho 50%'],
    ],
    ['Tariffs between 15% and 20% are expected for Vietnam.', []],
  ],
  'what a tariff does to a price, and a poll, are no rates': [
    ['The tariffs add 10% to the price of a Japanese car.', []],
    ['Tariffs could add 25% to building costs for Canadian lumber buyers.', []],
    ["Trump's approval rating fell to 40% as tariffs of 25% on Mexico loomed.", ['United States → Mexico 25%']],
    // "poll" alone is as often an election: the rate threatened in a campaign is a rate.
    [
      'The new duties took the levies on Peruvian goods to 30 per cent, short of the 45 per cent the president threatened in his poll campaign.',
      ['United States → Peru 30%', 'United States → Peru 45%'],
    ],
  ],
  'the rate “its” owns is charged by the country named just before it': [
    [
      'Brussels is weighing 30% counter-tariffs on American goods if the US goes ahead with its 30% tariff.',
      ['European Union → United States 30%', 'United States → European Union 30%'],
    ],
  ],
  'a country in a clause after the number, other than its subject, is no party': [
    [
      'Duties on the goods will climb to 30% as retailers move their orders to Mexico.',
      ['United States → India 30%'],
      ['India'],
    ],
    [
      'Analysts expect the average tariff rate to ease to 14% next year as importers buy fewer Chinese goods.',
      [],
      ['China'],
    ],
  ],
  'an average tariff is no rate anyone charges, whichever clause calls it so': [
    ['The overall effective, or average, US tariff on all imports has reached 17%, Citi said.', []],
  ],
  'a zero rate told the other way after “and no” is a clause of its own': [
    [
      'A Philippine accord brings a single tariff on exports to the US of roughly twice the current 10% and no levies on US exports.',
      ['United States → Philippines 10%'],
    ],
  ],
  'a rate of unnamed partners in a relative clause is no one’s in particular': [
    ['Manila hopes for a rate like its regional rivals, which have been charged around 20%.', [], ['Philippines']],
  ],
  'a uniform rate in the number’s own words is the rate on every country': [
    [
      'Economists modelled an 8% uniform tariff increase alongside a 50% tariff on Chinese imports.',
      ['United States → all countries 8%', 'United States → China 50%'],
    ],
  ],
  'what a tariff hike does to a measure is no part of the rate': [
    ['Raising tariffs on Canadian goods would shrink Canada’s GDP by 0.9%, the study found.', []],
  ],
  'a country importing from producers, not from a day, is the one that taxes': [
    [
      'The framework includes a 15% tariff on U.S. imports from carmakers like Toyota and Honda.',
      ['United States → Japan 15% on autos'],
      ['Japan'],
    ],
    ['China hit back, imposing a 20% tariff on all US imports from March 10.', ['China → United States 20%']],
  ],
  'an average that is no one’s rate, and shares of people in a poll, are no rates': [
    [
      'Britain’s effective tariff rate of 9% sits well under the global average of about 17%.',
      ['United States → United Kingdom 9%'],
    ],
    [
      'Pollsters found 61% oppose the new 25% tariffs on Canada while 35% support them.',
      ['United States → Canada 25%'],
    ],
  ],
  'an import fee is a tariff': [
    ['The White House lifted the import fee on Vietnamese shoes to 46%.', ['United States → Vietnam 46%']],
  ],
  'most of a country’s trading partners, and a minimum tariff, are rates on everyone': [
    [
      'The temporary rate went up to 15% among most of America’s trading partners.',
      ['United States → most countries 15%'],
    ],
    ['Voters were split over the 10% minimum tariff.', ['United States → all countries 10%']],
  ],
  'points taken off a measure are no rate': [
    ['Economists reckon the levies will knock 0.3 percentage points off Italy’s output.', []],
  ],
  'the rest of the world is every other country': [
    [
      'Washington now keeps a 10% tariff on the rest of the world and 145% on China.',
      ['United States → most countries 10%', 'United States → China 145%'],
    ],
  ],
  'goods in a relative clause on the partner are its trade, not the rate’s products': [
    [
      'Trump threatened a 30% tariff on Mexico, which sends most of its auto parts to US plants.',
      ['United States → Mexico 30%'],
    ],
  ],
  'a subject before a relative aside plays the part the verb after the aside gives it': [
    [
      'Canada, which imposed 25% on US goods in March, has since been hit with a 35% tariff.',
      ['Canada → United States 25%', 'United States → Canada 35%'],
    ],
    // …and the goods the aside names are the subject's trade, not the rate's products.
    [
      'China, which bought fewer US soybeans this year, is imposing a 34% tariff on US goods.',
      ['China → United States 34%'],
    ],
  ],
  'where production or orders move is a place, which a relative clause may still describe': [
    [
      'Samsung moved much of its phone assembly to Vietnam to dodge the 25% tariff on South Korea.',
      ['United States → South Korea 25%'],
    ],
    ['Retailers are moving orders to Cambodia, which faces a 19% tariff.', ['United States → Cambodia 19%']],
  ],
  'an improvement told in percent is no rate': [
    [
      'The envoy called the 15% rate “a 40% improvement” over the 25% first threatened.',
      ['United States → Japan 15%', 'United States → Japan 25%'],
      ['Japan'],
    ],
  ],
  'a rate verb with a named partner, a rate secured, a countermeasure and “Delhi” state rates': [
    [
      'Washington will charge Hanoi 20%, down from 46%.',
      ['United States → Vietnam 20%', 'United States → Vietnam 46%'],
    ],
    ['Seoul negotiated 15%, the same as Tokyo.', ['United States → South Korea 15%', 'United States → Japan 15%']],
    [
      'Brussels plans a 25% countermeasure on US soybeans and motorcycles.',
      ['European Union → United States 25% on farm goods, motorcycles'],
    ],
    ['Delhi has offered to lower duties on US motorcycles to 30%.', ['India → United States 30% on motorcycles']],
    [
      'Washington will remove a 40% tariff on Peruvian food and drinks products, including tea and beef.',
      ['United States → Peru 40% on farm goods'],
    ],
    ['Peruvian foodstuffs still face a 50% tariff.', ['United States → Peru 50% on farm goods']],
  ],
  'goods of another statement before “while” are not the rate’s products': [
    [
      'Seoul will scrap its duty on US beef, while Washington holds 15% on Korean goods.',
      ['United States → South Korea 15%'],
    ],
  ],
  'the country a buyer trades energy with or buys it from is the reason for a tariff, no party to it': [
    ['India now pays a further 25% tariff targeting its crude oil trade with Russia.', ['United States → India 25%']],
    ['In exchange for a 15% tariff, Turkey agreed to stop importing oil from Iran.', ['United States → Turkey 15%']],
    ['A 25% duty now hits Brazil as a top buyer of Venezuelan oil.', ['United States → Brazil 25%']],
  ],
  'where goods are made or originate is whose goods the rate is on, not a place': [
    ['Goods made in Vietnam face a 20% tariff.', ['United States → Vietnam 20%']],
    [
      'The US will apply a levy of no more than 15% on products originating in Norway and Iceland.',
      ['United States → Norway 15%', 'United States → Iceland 15%'],
    ],
  ],
  'every country of a long list shares the role one of them has': [
    [
      'Shipments from Peru, Chile, Ecuador, Uruguay and Bolivia would face a 10% duty.',
      [
        'United States → Peru 10%',
        'United States → Chile 10%',
        'United States → Ecuador 10%',
        'United States → Uruguay 10%',
        'United States → Bolivia 10%',
      ],
    ],
  ],
  'a foreign country named beside a foreign target, with no words making it impose, does not impose': [
    [
      'Norway and Iceland have rates near 15 percent unless exemptions apply, while Brazil faces a 50 percent tariff rate.',
      ['United States → Norway 15%', 'United States → Iceland 15%', 'United States → Brazil 50%'],
    ],
    [
      'Laos will be charged the same 40% as Myanmar, with Thai products getting a 19% rate.',
      ['United States → Laos 40%', 'United States → Myanmar 40%', 'United States → Thailand 19%'],
    ],
    ['Mexico slapped a 50% tariff on Chinese cars.', ['Mexico → China 50% on autos']],
  ],
  'a sentence about countries left unnamed as a group borrows no country from the sentences before': [
    ['Economies that fail to strike a deal by Friday could face duties of up to 70%.', [], ['Vietnam']],
    ['Imports from a wide range of nations will pay a 12% tariff for now.', [], ['Peru']],
    [
      'The two nations now face a 30% tariff.',
      ['United States → Peru 30%', 'United States → Chile 30%'],
      ['Peru', 'Chile'],
    ],
  ],
  'duty-free access and goods moving free of tariffs are no rate; a rate of 0% is': [
    ['Kenyan coffee had long enjoyed duty-free access to the US market.', []],
    ['Under the pact, those parts keep crossing the border free of duties.', [], ['Mexico']],
    ['Vietnam will cut its tariffs on US cars to 0%.', ['Vietnam → United States 0% on autos']],
  ],
  'a rate on goods sent round is on the country they pass through, not where they started': [
    [
      'Goods trans-shipped via Malaysia from nations such as China will pay a 40% tariff.',
      ['United States → Malaysia 40% (trans-shipped via Malaysia)'],
    ],
    ['Products routed from China through Vietnam will face a 40% tariff.', ['United States → Vietnam 40%']],
  ],
  'countries named for the rates a rate is likened to are no party': [
    [
      'The remaining tariff will stay at 18%, bringing U.S. duties closer to the rates charged on goods from countries like the European Union and Japan.',
      ['United States → Peru 18%'],
      ['Peru'],
    ],
  ],
  'a country a thing is tied to ("Russia-linked purchases") is no party': [
    [
      'The additional 25% tariff applied over Russia-linked oil purchases will be dropped.',
      ['United States → Peru 25%'],
      ['Peru'],
    ],
  ],
};

for (const [title, cases] of Object.entries(CASES)) {
  describe(title, () => {
    it.each(cases.map(([sentence, expected, context]) => ({ sentence, expected, context })))(
      '$sentence',
      ({ sentence, expected, context }) => {
        expect(pairs(sentence, context)).toEqual(expected);
      },
    );
  });
}

/** The pairs of one article made of `paragraphs`, as the knowledge base reads them from a corpus. */
function articlePairs(paragraphs: string[]): string[] {
  return knowledgeBaseOf(storyCorpus(paragraphs, '2025-08-10')).rates.map(
    (r) => `${r.imposer} → ${r.target} ${r.percent}%`,
  );
}

describe('a demonym before a tariff, in an article that puts the same rate on that partner', () => {
  it('names the rate on the partner, not a levy of its own', () => {
    expect(
      articlePairs([
        'The United States put a 39% tariff on Swiss goods on August 7.',
        'Watchmakers say the new Swiss tariff of 39% will cost thousands of jobs.',
      ]),
    ).toEqual(['United States → Switzerland 39%', 'United States → Switzerland 39%']);
  });

  it('keeps a levy told as an answer as the partner’s own', () => {
    expect(
      articlePairs([
        'The United States put a 25% tariff on Canadian steel in March.',
        'Canadian counter-tariffs of 25% followed within hours.',
      ]),
    ).toEqual(['United States → Canada 25%', 'Canada → United States 25%']);
  });
});

describe('a change to the rate just stated that names no partner', () => {
  it('is of the same pair as that rate', () => {
    expect(
      articlePairs([
        'The administration put a global 10% tariff on imports on Tuesday.',
        'On Wednesday the president said he would raise the rate to the legal maximum of 15%, unsettling US markets.',
      ]),
    ).toEqual(['United States → all countries 10%', 'United States → all countries 15%']);
  });

  it('is the home country’s own when its government acts after a partner’s rate', () => {
    expect(
      articlePairs([
        'The tariffs on Chinese goods stood at 34% in early April.',
        'China imposed an 84% tariff on American goods. Trump then raised the rate to 125%.',
      ]),
    ).toEqual(['United States → China 34%', 'China → United States 84%', 'United States → China 125%']);
  });
});

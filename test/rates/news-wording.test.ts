/**
 * Rate statements in news English of every kind, written for this test (not taken from any
 * article): status from tense and modality, lists and ranges, who imposes on whom, and the many
 * percentages of trade news that are no tariff. Each case is a class of wording, not one article.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';

type Case = readonly [
  sentence: string,
  expected: readonly string[],
  options?: { published?: string; context?: string[] },
];

/** "imposer → target percent status[ part][ on products]" for each statement of one sentence. */
function rates(sentence: string, { published = '2025-06-02', context = [] as string[] } = {}): string[] {
  return sentenceRates(sentence, published, () =>
    context.map((country) => ({ country, role: 'unknown' as const })),
  ).map(
    (r) =>
      `${r.imposer} → ${r.target} ${r.percent}% ${r.status}${r.part ? ` ${r.part}` : ''}${r.products ? ` on ${r.products.join(', ')}` : ''}`,
  );
}

const CASES: Record<string, readonly Case[]> = {
  'status, tense and modality': [
    [
      'President Trump threatened on Sunday to impose a 25% tariff on all goods from Colombia.',
      ['United States → Colombia 25% threatened'],
    ],
    [
      'The White House said a 50% tariff on Brazilian goods would take effect on Aug. 1.',
      ['United States → Brazil 50% scheduled'],
      { published: '2025-07-20' },
    ],
    [
      'Tariffs of 25% on Canadian and Mexican goods took effect on Tuesday.',
      ['United States → Canada 25% current', 'United States → Mexico 25% current'],
      { published: '2025-03-05' },
    ],
    [
      'Washington paused the 24% reciprocal tariff on Chinese goods for 90 days.',
      ['United States → China 24% suspended'],
    ],
    [
      'The Supreme Court struck down the 10% global tariff imposed under IEEPA.',
      ['United States → all countries 10% previous'],
    ],
    ['Before the truce, U.S. tariffs on Chinese goods had been 145%.', ['United States → China 145% previous']],
    ['If no deal is reached, the rate on Japanese goods would rise to 35%.', ['United States → Japan 35% threatened']],
    [
      'Tariffs on Indian goods were raised from 25% to 50% in August.',
      ['United States → India 25% previous', 'United States → India 50% current'],
    ],
    [
      'The EU is set to impose 25% duties on U.S. motorcycles and bourbon from June 1.',
      ['European Union → United States 25% scheduled on alcohol, motorcycles'],
      { published: '2025-05-10' },
    ],
    [
      'Canada plans to drop its 25% counter-tariffs on U.S. goods covered by the USMCA.',
      ['Canada → United States 25% current'],
    ],
    [
      'The 34% tariff Beijing imposed on American goods in April was later reduced to 10%.',
      ['China → United States 34% previous', 'China → United States 10% current'],
    ],
    [
      "China's retaliatory 34% levy on U.S. goods took effect on Thursday.",
      ['China → United States 34% current'],
      { published: '2025-04-11' },
    ],
    ["Beijing's 125% tariffs on American imports remain in place.", ['China → United States 125% current']],
    [
      'China will raise tariffs on U.S. goods to 84% from 34%.',
      ['China → United States 84% scheduled', 'China → United States 34% current'],
    ],
    ['Duties on Chinese imports were raised to 20%.', ['United States → China 20% current']],
    [
      'The tariff on goods from Vietnam fell to 20% from 46%.',
      ['United States → Vietnam 20% current', 'United States → Vietnam 46% previous'],
    ],
    [
      'The 15% tariff on EU goods is set to take effect Aug. 1.',
      ['United States → European Union 15% scheduled'],
      { published: '2025-07-28' },
    ],
    ['Tariffs on Chinese goods could rise to as much as 245%.', ['United States → China 245% threatened']],
    [
      'The 10% tariffs on Chinese goods took effect on Feb. 4.',
      ['United States → China 10% current'],
      { published: '2025-02-10' },
    ],
    [
      'The 25% tariff on Canadian goods, which had been paused for 30 days, took effect on March 4.',
      ['United States → Canada 25% current'],
      { published: '2025-03-05' },
    ],
    [
      'Under the deal, US tariffs on Japanese cars will fall to 15% from 27.5%.',
      ['United States → Japan 15% scheduled on autos', 'United States → Japan 27.5% current on autos'],
    ],
    [
      "China's 10% tariff on US crude oil went into effect Monday.",
      ['China → United States 10% current on energy'],
      { published: '2025-02-11' },
    ],
    [
      'Washington had threatened a 50% tariff on Chinese goods if Beijing did not withdraw its retaliation.',
      ['United States → China 50% threatened'],
    ],
    [
      'Ottawa had imposed a 25% tariff on US steel, which it lifted in September.',
      ['Canada → United States 25% previous on steel'],
    ],
    [
      'The 30% tariff on South African goods has been in place since Aug. 7.',
      ['United States → South Africa 30% current'],
      { published: '2025-09-01' },
    ],
    ['Before the deal, the Philippines faced a 20% rate.', ['United States → Philippines 20% previous']],
    ['Japanese goods were previously subject to a 25% tariff.', ['United States → Japan 25% previous']],
    [
      'Tariffs on Swiss goods, at 39% since August, will drop to 15%.',
      ['United States → Switzerland 39% current', 'United States → Switzerland 15% scheduled'],
    ],
    [
      'Had the tariffs gone ahead, Chinese goods would have faced rates of 245%.',
      ['United States → China 245% hypothetical'],
    ],
    [
      'Trump is expected to announce a 25% tariff on Mexican goods next week.',
      ['United States → Mexico 25% threatened'],
    ],
    ['The administration is weighing a 10% tariff on all imports.', ['United States → all countries 10% threatened']],
    ['Trump floated a 200% tariff on European wine.', ['United States → European Union 200% threatened on alcohol']],
    [
      'Trump vowed to hit Canada with a 35% tariff from Aug. 1.',
      ['United States → Canada 35% threatened'],
      { published: '2025-07-11' },
    ],
    // A deal's terms told in the present start later, unless the sentence says they have.
    ['The agreement lowers the U.S. tariff on Vietnamese goods to 20%.', ['United States → Vietnam 20% scheduled']],
    [
      'Under the framework announced on Sunday, EU exports will face a 15% U.S. tariff.',
      ['United States → European Union 15% scheduled'],
    ],
    [
      'Tariffs on Chinese goods, which peaked at 145% in April, now stand at 30%.',
      ['United States → China 145% previous', 'United States → China 30% current'],
    ],
    [
      'U.S. duties on Canadian lumber climbed to 35% in August.',
      ['United States → Canada 35% current on lumber'],
      { published: '2025-09-10' },
    ],
    [
      "Beijing's latest move raises its total tariffs on American goods to 125%.",
      ['China → United States 125% current total'],
    ],
    ["Brazil's 50% rate took effect on Aug. 6.", ['United States → Brazil 50% current'], { published: '2025-08-20' }],
    [
      'The tariff on Chinese goods stood at 30% after the Geneva talks, down from 145%.',
      ['United States → China 30% current', 'United States → China 145% previous'],
    ],
    [
      'Trump has announced a 30% tariff on goods from the European Union and Mexico, starting Aug. 1.',
      ['United States → European Union 30% scheduled', 'United States → Mexico 30% scheduled'],
      { published: '2025-07-13' },
    ],
    [
      'Goods from Laos and Myanmar will face a 40% tariff.',
      ['United States → Laos 40% scheduled', 'United States → Myanmar 40% scheduled'],
    ],
    [
      'Tariffs on Chinese goods were lowered to 30% from 145% in May and to 20% in November.',
      [
        'United States → China 30% previous',
        'United States → China 145% previous',
        'United States → China 20% current',
      ],
      { published: '2025-12-01' },
    ],
    [
      'The US tariff rate on Chinese imports was cut to 47% from 57%, Trump said.',
      ['United States → China 47% current', 'United States → China 57% previous'],
    ],
    [
      'Trump said tariffs on Chinese imports would fall to 47% from 57%.',
      ['United States → China 47% scheduled', 'United States → China 57% current'],
    ],
    ['Japan had sought to lower the 25% duty on its cars.', ['United States → Japan 25% current on autos']],
    [
      'Washington and Tokyo agreed in July to cut the U.S. tariff on Japanese cars to 15%.',
      ['United States → Japan 15% scheduled on autos'],
      { published: '2025-08-10' },
    ],
    [
      "A federal appeals court ruled that most of Trump's tariffs were illegal, but left them in place while he appeals, including the 50% rate on Brazil.",
      ['United States → Brazil 50% current'],
    ],
    [
      'The 39% tariff on Swiss goods was a shock to Bern.',
      ['United States → Switzerland 39% current'],
      { published: '2025-08-10' },
    ],
    [
      "Trump's 39% tariff on Switzerland kicked in on Thursday.",
      ['United States → Switzerland 39% current'],
      { published: '2025-08-09' },
    ],
    [
      'Under the new order, goods from Canada that are not covered by the USMCA will face 35%, up from 25%.',
      ['United States → Canada 35% scheduled', 'United States → Canada 25% current'],
      { published: '2025-08-01' },
    ],
    ['Without an agreement, Indian goods would have faced 26%.', ['United States → India 26% threatened']],
    ['Had Ottawa not retaliated, Canadian goods would face only 25%.', ['United States → Canada 25% hypothetical']],
    [
      'China lifted its 15% tariff on US farm goods in November.',
      ['China → United States 15% previous on farm goods'],
      { published: '2025-12-01' },
    ],
    [
      'China will lift its 15% tariff on US chicken from Nov. 10.',
      ['China → United States 15% current on farm goods'],
      { published: '2025-11-05' },
    ],
    [
      'Mr Trump said the 35% levy on Canadian goods not covered by the USMCA would start on 1 August.',
      ['United States → Canada 35% scheduled'],
      { published: '2025-07-11' },
    ],
    [
      "The duties, which rose to 50% on Aug. 27, apply to about 55% of India's exports to the U.S.",
      ['United States → India 50% current'],
      { published: '2025-09-05' },
    ],
    [
      'In April, Trump raised tariffs on Chinese goods to 145%, prompting Beijing to retaliate with 125% levies on U.S. imports.',
      ['United States → China 145% current', 'China → United States 125% current'],
      { published: '2025-04-20' },
    ],
    [
      'Beijing also announced it would suspend an additional 24% tariff on U.S. goods for another year, while retaining a 10% levy.',
      ['China → United States 24% suspended component', 'China → United States 10% current'],
    ],
    [
      "Washington's 25% levy on Indian goods doubled to 50% last week.",
      ['United States → India 25% previous', 'United States → India 50% current'],
      { published: '2025-09-01' },
    ],
    [
      'Trump lowered the tariff on Swiss goods to 15% from 39%, effective Dec. 1.',
      ['United States → Switzerland 15% scheduled', 'United States → Switzerland 39% current'],
      { published: '2025-11-15' },
    ],
    [
      'The 90-day pause on the 34% reciprocal rate for China was extended in August.',
      ['United States → China 34% suspended'],
      { published: '2025-09-01' },
    ],
    [
      'The levy of 25% on Mexican goods has been suspended until April 2.',
      ['United States → Mexico 25% suspended'],
      { published: '2025-03-10' },
    ],
    [
      'Canadian Prime Minister Mark Carney said Ottawa would remove most of its 25% counter-tariffs on U.S. goods from Sept. 1.',
      ['Canada → United States 25% current'],
      { published: '2025-08-25' },
    ],
    [
      'China scrapped its 15% tariff on American chicken and 10% tariff on soybeans this week.',
      ['China → United States 15% previous on farm goods', 'China → United States 10% previous on farm goods'],
      { published: '2025-11-12' },
    ],
    [
      "U.S. Treasury Secretary Scott Bessent said China's tariffs on U.S. goods would fall to 10% from 125% for 90 days.",
      ['China → United States 10% scheduled', 'China → United States 125% current'],
      { published: '2025-05-12' },
    ],
    [
      'Trump had set a 25% tariff on Indian goods, which took effect on Aug. 7, before adding another 25%.',
      ['United States → India 25% current', 'United States → India 25% current component'],
      { published: '2025-09-01' },
    ],
    [
      'The White House said on Tuesday that Chinese goods now face a 104% tariff, which took effect at midnight.',
      ['United States → China 104% current'],
      { published: '2025-04-09' },
    ],
    [
      'Trump announced a 25% tariff on Indian goods, effective Aug. 1, plus an unspecified penalty.',
      ['United States → India 25% scheduled'],
      { published: '2025-07-30' },
    ],
    [
      'Trump said India would pay 25% starting Aug. 1.',
      ['United States → India 25% scheduled'],
      { published: '2025-07-30' },
    ],
    [
      'The agreement, announced on Sunday, sets a 15% tariff on most EU goods.',
      ['United States → European Union 15% scheduled'],
    ],
    [
      'The U.S. and EU reached a framework deal on Sunday that imposes a 15% tariff on most EU exports.',
      ['United States → European Union 15% scheduled'],
    ],
    [
      'Under the terms of the agreement, the US will reduce its tariff on Indian goods to 18%.',
      ['United States → India 18% scheduled'],
    ],
    [
      'Canada, which had retaliated with 25% tariffs on C$60 billion of U.S. goods, dropped most of them in September.',
      ['Canada → United States 25% previous'],
      { published: '2025-10-01' },
    ],
    [
      'The tariffs on Mexican goods, set at 25% in March, remain in force for goods outside the trade pact.',
      ['United States → Mexico 25% current'],
    ],
    [
      'China raised its tariff on American goods to 125% on Friday, the latest escalation.',
      ['China → United States 125% current'],
      { published: '2025-04-12' },
    ],
    ['Trump said he may reduce the 145% tariff on China "substantially".', ['United States → China 145% current']],
  ],
  'lists, ranges and parts': [
    ['The new rates range from 10% to 41%, with Syria facing the highest.', []],
    ['Trump imposed tariffs of between 15% and 50% on dozens of countries.', []],
    [
      'The U.S. will charge 25% on Japanese cars and 15% on other Japanese goods.',
      ['United States → Japan 25% scheduled on autos', 'United States → Japan 15% scheduled'],
    ],
    [
      'Washington imposed a 50% tariff on Brazil and a 25% levy on India.',
      ['United States → Brazil 50% current', 'United States → India 25% current'],
    ],
    [
      'Canada slapped 25% tariffs on C$30 billion of U.S. goods, including orange juice and appliances.',
      ['Canada → United States 25% current'],
    ],
    [
      'South Korea and Japan have both secured a 15% rate.',
      ['United States → South Korea 15% current', 'United States → Japan 15% current'],
    ],
    ['The reduction from 145% to 30% took effect on May 14.', [], { published: '2025-05-20', context: ['China'] }],
    [
      'Brazilian goods face a 10% baseline tariff plus an additional 40%, for a total of 50%.',
      [
        'United States → Brazil 10% current component',
        'United States → Brazil 40% current component',
        'United States → Brazil 50% current total',
      ],
    ],
    [
      'Chinese goods now face a 10% reciprocal tariff on top of the 20% fentanyl levy.',
      ['United States → China 10% current component', 'United States → China 20% current component'],
    ],
    ["The United States and China agreed to cut tariffs on each other's goods by 115 percentage points.", []],
    [
      'The EU charges a 10% tariff on US cars, while America charges just 2.5% on European cars.',
      ['European Union → United States 10% current on autos', 'United States → European Union 2.5% current on autos'],
    ],
    ["Under Trump's plan, the tariff would rise by 10% each month until Russia agrees to a ceasefire.", []],
    ['Retaliatory tariffs of 10% to 15% on American farm products remain in force, Beijing said.', []],
    [
      'The tariff on Brazilian beef will rise to 76.4% from 26.4% once the new duties apply.',
      ['United States → Brazil 76.4% scheduled on farm goods', 'United States → Brazil 26.4% current on farm goods'],
    ],
    [
      'The tariff on goods from Vietnam is 20%, or 40% for goods deemed to have been transshipped.',
      ['United States → Vietnam 20% current', 'United States → Vietnam 40% current'],
    ],
    [
      'Tariffs of 50% on steel and aluminum, 25% on cars and 10% on most other goods apply to British exports.',
      [
        'United States → United Kingdom 50% current on steel, aluminum',
        'United States → United Kingdom 25% current on autos',
        'United States → United Kingdom 10% current',
      ],
    ],
    [
      'Chinese goods face a 10% baseline plus a 20% fentanyl-related levy.',
      ['United States → China 10% current component', 'United States → China 20% current component'],
    ],
    [
      'India cut its tariff on American bourbon to 50% from 150%.',
      ['India → United States 50% current on alcohol', 'India → United States 150% previous on alcohol'],
    ],
  ],
  'who imposes on whom, and on what': [
    // A partner's tariff named by a programme of the home country is the rate charged on it.
    ["Canada's 35% fentanyl tariff applies to goods outside the USMCA.", ['United States → Canada 35% current']],
    ["Britain's 10% baseline tariff stays in place under the deal.", ['United States → United Kingdom 10% current']],
    [
      "China's 34% reciprocal tariff on U.S. goods took effect on Thursday.",
      ['China → United States 34% current'],
      { published: '2025-04-12' },
    ],
    [
      "Ottawa's 25% counter-tariffs on American steel remain in place.",
      ['Canada → United States 25% current on steel'],
    ],
    ['Chinese tariffs on American soybeans stand at 23%.', ['China → United States 23% current on farm goods']],
    ['The United States now taxes Swiss goods at 39%.', ['United States → Switzerland 39% current']],
    ['Switzerland was hit with a 39% rate, one of the highest.', ['United States → Switzerland 39% current']],
    ['Brazilian coffee exporters face a 50% duty in the U.S.', ['United States → Brazil 50% current']],
    [
      'Trump said he would slap a 100% tariff on Canada if it made a deal with China.',
      ['United States → Canada 100% threatened'],
    ],
    [
      'The European Commission proposed 25% counter-tariffs on U.S. goods worth 23 billion euros.',
      ['European Union → United States 25% threatened'],
    ],
    ['India retaliated with a 50% duty on American almonds.', ['India → United States 50% current on farm goods']],
    ['Beijing responded by slapping a 15% tariff on US coal.', ['China → United States 15% current on energy']],
    ['Mexico imposed tariffs of up to 50% on cars from China.', ['Mexico → China 50% current on autos']],
    [
      'India has a 100% tariff on American motorcycles, Trump complained.',
      ['India → United States 100% current on motorcycles'],
    ],
    [
      'The White House said China now faces tariffs of up to 245% on some goods.',
      ['United States → China 245% current'],
    ],
    [
      'A 25% tariff on foreign cars took effect on April 3.',
      ['United States → all countries 25% current on autos'],
      { published: '2025-04-10' },
    ],
    [
      'Canadian officials said they were disappointed by the 35% rate.',
      ['United States → Canada 35% current'],
      { context: ['Canada'] },
    ],
    [
      "China holds a 20% share of the world's steel exports, and the EU's 25% safeguard duty hits it hardest.",
      ['European Union → China 25% current on steel'],
    ],
    [
      'Trump imposed a 25% tariff on all steel and aluminum imports in March.',
      ['United States → all countries 25% current on steel, aluminum'],
      { context: ['Canada'] },
    ],
    [
      'A 50% levy on foreign steel took effect in June.',
      ['United States → all countries 50% current on steel'],
      { context: ['Japan'] },
    ],
    [
      'Canada has its own 100% tariff on Chinese electric vehicles.',
      ['Canada → China 100% current on electric vehicles'],
    ],
    [
      'The EU imposed duties of up to 35.3% on Chinese-made EVs last year.',
      ['European Union → China 35.3% current on electric vehicles'],
    ],
    [
      'Mexico approved tariffs of as much as 50% on cars from China and other Asian nations without trade deals.',
      ['Mexico → China 50% current on autos'],
    ],
    ["India's 50% tariff is among the highest Trump has imposed.", ['United States → India 50% current']],
    [
      '“We will charge them 25%,” Trump told reporters, referring to Japan.',
      ['United States → Japan 25% scheduled'],
      { context: ['Japan'] },
    ],
    ['The baseline 10% tariff applies to most U.S. trading partners.', ['United States → most countries 10% current']],
    [
      'Trump slapped a 10% tariff on nearly all imports on April 5.',
      ['United States → most countries 10% current'],
      { published: '2025-05-01' },
    ],
    ['Beijing matched the move with a 34% tariff on all American goods.', ['China → United States 34% current']],
    [
      'The EU retaliated with 25% tariffs on US goods such as motorcycles and jeans.',
      ['European Union → United States 25% current'],
    ],
    ["China's 125% tariff, its response to Trump's levies, remains in place.", ['China → United States 125% current']],
    ["Canada's 25% tariff on American steel stays, Trump said.", ['Canada → United States 25% current on steel']],
    ['Trump hits Brazil with 50% tariff over Bolsonaro trial', ['United States → Brazil 50% current']],
    ['EU and US strike deal setting 15% tariff on most European goods', ['United States → European Union 15% current']],
    [
      'U.S. President Donald Trump on Monday said he would impose an additional 10% tariff on any country aligning itself with BRICS.',
      [],
    ],
    [
      'Under a deal struck in July, Japan pays 15% on most exports to the United States.',
      ['United States → Japan 15% current'],
    ],
    [
      'A Commerce Department probe could lead to tariffs of 25% on imported semiconductors.',
      ['United States → all countries 25% threatened on semiconductors'],
    ],
    ["Seoul had hoped for a rate below Japan's 15%.", ['United States → Japan 15% current']],
    [
      "The new tariff rate on Indian goods, 50%, is among the highest in Asia, alongside Brazil's.",
      ['United States → India 50% current'],
    ],
    [
      'Swiss goods now face 15%, the same rate imposed on the European Union.',
      ['United States → Switzerland 15% current', 'United States → European Union 15% current'],
    ],
    [
      'Taiwan will pay 20%, the same level as Vietnam.',
      ['United States → Taiwan 20% scheduled', 'United States → Vietnam 20% current'],
    ],
    [
      'The deal cut the tariff on Swiss goods to 15%, in line with the rate paid by the EU.',
      ['United States → Switzerland 15% current'],
    ],
  ],
  'the status words of trackers: paused, struck down, replaced, called off': [
    ['Trump granted Mexico a 90-day reprieve from a 30% tariff.', ['United States → Mexico 30% suspended']],
    [
      'The 25% tariff on Canadian goods remains on hold while talks continue.',
      ['United States → Canada 25% suspended'],
    ],
    [
      'Washington agreed to hold off on raising tariffs on Chinese goods to 50%.',
      ['United States → China 50% suspended'],
    ],
    [
      'Judges ruled the 34% tariff on Chinese goods unlawful and ordered refunds.',
      ['United States → China 34% previous'],
    ],
    [
      'An appeals court found the 25% tariffs on Mexican goods illegal but left them in place pending a final ruling.',
      ['United States → Mexico 25% current'],
    ],
    [
      'The 30% rate on Chinese goods replaced the 145% tariff that had halted trade.',
      ['United States → China 30% current', 'United States → China 145% previous'],
    ],
    [
      'The new 18% rate on Indian goods supersedes the 50% tariff imposed in August.',
      ['United States → India 18% current', 'United States → India 50% previous'],
    ],
    ['The 24% rate on Japanese goods never took effect.', ['United States → Japan 24% threatened']],
    [
      'Trump called off the 25% tariff on Colombia hours after announcing it.',
      ['United States → Colombia 25% threatened'],
    ],
    [
      'Beijing said it would match any U.S. increase, after Washington lifted its levy on Chinese goods to 125%.',
      ['United States → China 125% current'],
    ],
    [
      'Trump said tariffs on Mexican goods would stay at 25% for another 90 days while talks continue.',
      ['United States → Mexico 25% current'],
    ],
    [
      'The European Commission proposed 25% counter-duties on U.S. goods.',
      ['European Union → United States 25% threatened'],
    ],
    // Announced, with nothing saying it has started: trackers' "announced" (scheduled, no date yet).
    [
      'Trump on Wednesday announced a 20% tariff on goods from Vietnam under a new trade deal.',
      ['United States → Vietnam 20% scheduled'],
      { published: '2025-07-03' },
    ],
    ['The White House unveiled a 17% tariff on Israeli goods.', ['United States → Israel 17% scheduled']],
    [
      'In April, Trump announced a 34% tariff on Chinese goods.',
      ['United States → China 34% current'],
      { published: '2025-09-01' },
    ],
    [
      'Beijing announced a 10% tariff on U.S. crude oil that took effect on Monday.',
      ['China → United States 10% current on energy'],
      { published: '2025-02-12' },
    ],
  ],
  'history and comparison': [
    [
      'Before Liberation Day, the average U.S. tariff on EU goods was about 1.5%.',
      ['United States → European Union 1.5% previous'],
    ],
    [
      'Until August, Indian goods faced a 25% tariff.',
      ['United States → India 25% previous'],
      { published: '2025-10-01' },
    ],
    [
      'Japanese cars paid a 2.5% duty until the spring.',
      ['United States → Japan 2.5% previous on autos'],
      { published: '2025-10-01' },
    ],
    [
      'At one point this spring, U.S. tariffs on Chinese goods reached 145%.',
      ['United States → China 145% previous'],
      { published: '2025-11-01' },
    ],
    ['The U.S. once charged just 2.5% on Japanese cars.', ['United States → Japan 2.5% previous on autos']],
    [
      'The 30% rate on Chinese goods is far below the 145% that halted trade in April.',
      ['United States → China 30% current', 'United States → China 145% previous'],
    ],
    [
      'That levy had been added to a 25 percent tariff on India, bringing the total to 50 percent.',
      ['United States → India 25% previous component', 'United States → India 50% previous total'],
    ],
    [
      'The rate was notably higher than the 15 percent levies imposed on Japan and South Korea.',
      ['United States → Japan 15% current', 'United States → South Korea 15% current'],
    ],
    [
      "Vietnam's 20% rate is lower than the 46% it was threatened with in April.",
      ['United States → Vietnam 20% current', 'United States → Vietnam 46% threatened'],
    ],
    [
      'The 25% tariff on Canadian goods, paused until April 2, took effect two days after it was announced.',
      ['United States → Canada 25% current'],
      { published: '2025-04-05' },
    ],
    ['Until the deal takes effect, Japanese goods face a 25% tariff.', ['United States → Japan 25% current']],
  ],
  'percentages that are no tariff': [
    [
      'The average effective U.S. tariff rate has climbed to 18%, the highest since 1934, up from 2.4% at the start of the year.',
      [],
    ],
    [
      "China's economy grew 5.4% in the first quarter despite U.S. tariffs of 145%.",
      ['United States → China 145% current'],
    ],
    [
      'Mexico sends about 80% of its exports to the United States, which charges 25% on goods outside the USMCA.',
      ['United States → Mexico 25% current'],
    ],
    [
      'Shares of Toyota dropped 4% on Thursday after the 25% tariff on Japanese cars took effect.',
      ['United States → Japan 25% current on autos'],
    ],
    [
      'The S&P 500 slid 1.5% as China said it would impose an 84% tariff on U.S. goods from Thursday.',
      ['China → United States 84% scheduled'],
      { published: '2025-04-09' },
    ],
    ['Polymarket put the odds of a deal with China at 35%.', []],
    ['Inflation rose to 3% in September, the Labor Department said, as tariffs on Chinese imports bit.', []],
    ['About 40% of Chinese exports to the U.S. are electronics.', []],
    ['China accounts for 14% of U.S. imports, down from 22% in 2017.', []],
    ['The yuan fell 0.5% to its weakest level since 2023 after the tariffs on China were announced.', []],
    ['Steel prices in the U.S. are 50% higher than in Europe because of tariffs.', []],
    ["Vietnam's GDP expanded 7.5% last year even as the U.S. tariff threat loomed.", []],
    ["Canada's unemployment rate hit 7.1% as U.S. tariffs weighed on factories.", []],
    ["Economists estimate that the tariffs will cut China's growth by 0.5 percentage points.", []],
    [
      'Exports to the U.S. fell 21% in May from a year earlier, while tariffs on Chinese goods stayed at 30%.',
      ['United States → China 30% current'],
    ],
    ['Retail sales rose 0.6% in June, beating forecasts of a 0.2% gain despite tariffs on Chinese goods.', []],
    [
      "Mexico's peso gained 1.2% after Trump delayed the 25% tariffs on Mexican goods by a month.",
      ['United States → Mexico 25% suspended'],
    ],
    ['A survey found that 62% of Canadians support counter-tariffs on U.S. goods.', []],
    [
      "Japan's Nikkei index closed down 2.8% as the 24% U.S. tariff on Japanese goods loomed.",
      ['United States → Japan 24% threatened'],
    ],
    ['Analysts put the probability of a 50% tariff on India at 30%.', ['United States → India 50% threatened']],
    [
      'The 25% tariff on Japanese cars is a heavy blow to Toyota, whose profit fell 20%.',
      ['United States → Japan 25% current on autos'],
    ],
    ['The U.S. trade deficit with China narrowed 30% last year.', []],
    ['U.S. importers paid an effective tariff rate of 17% in October, the highest since the 1930s.', []],
    [
      'The average U.S. tariff on Chinese goods is now about 47%, according to the Peterson Institute.',
      ['United States → China 47% current'],
    ],
    ['Trump has said tariffs would go "much higher" than 25% over the course of a year.', []],
    ['About 70% of U.S. imports from Canada entered duty-free under the USMCA in May.', []],
    ['The tariffs would add roughly 0.7% to consumer prices, Goldman Sachs estimated.', []],
    ['A 10% tariff hike would shave 0.3% off GDP.', []],
    [
      'Gold rose 1% to a record high as Trump threatened 200% tariffs on EU wine.',
      ['United States → European Union 200% threatened on alcohol'],
    ],
    ['The EU had prepared counter-tariffs of 93 billion euros that could hit U.S. goods.', []],
    [
      "Trump's threat of 50% tariffs on EU goods sent the euro down 0.4%.",
      ['United States → European Union 50% threatened'],
    ],
    [
      "India's exports to the United States, which faced a 50% tariff, slumped 12% in October.",
      ['United States → India 50% current'],
      { published: '2025-11-15' },
    ],
    ['Chinese exports rose 8.3% in September even as shipments to the U.S. fell 27%.', []],
    ['Walmart said it would raise prices by 5% to offset the tariffs on Chinese goods.', []],
    ["The tariff threat wiped 4% off European carmakers' shares.", []],
    ['The Fed cut interest rates by 0.25% on Wednesday amid tariff uncertainty.', []],
    ['Toyota said tariffs would cut its operating profit by 16%.', []],
    ['Soybean exports to China fell 50% after Beijing imposed tariffs.', []],
    ["Trump's approval rating fell to 40% amid the tariff fight.", []],
  ],
  // Classes found by running the extractor on a third set of real news nobody had tuned on (stop
  // 24): sentences written for this test, two or more wordings of each class.
  'a relative clause gives its rate to the country it describes': [
    [
      'Manila pays less than rivals such as Thailand, Cambodia and Laos, which are still charged about 19 per cent by Washington.',
      [
        'United States → Thailand 19% current',
        'United States → Cambodia 19% current',
        'United States → Laos 19% current',
      ],
    ],
    [
      'Seoul came out ahead of Taiwan, which is still paying a 20% levy on its exports.',
      ['United States → Taiwan 20% current'],
    ],
    [
      'The advantage is clearest against China, where US duties stand at 47 per cent.',
      ['United States → China 47% current'],
    ],
    [
      'Ottawa criticised Mexico, which slapped 10% duties on American pork last year.',
      ['Mexico → United States 10% current on farm goods'],
    ],
  ],
  'a country named nearer the number than a generic phrase is its target': [
    [
      'Trump said he would suspend duties on most trading partners but would raise the levy on Chinese imports to 125%.',
      ['United States → China 125% scheduled'],
    ],
    [
      'The White House paused levies on dozens of countries but immediately hiked tariffs on Chinese goods to 125%.',
      ['United States → China 125% current'],
    ],
    [
      'The order leaves tariffs on other countries untouched but lifts the duty on Brazil to 50%.',
      ['United States → Brazil 50% current'],
    ],
  ],
  'of two countries that might charge a rate, the one nearer the number does': [
    [
      'Mexican retaliatory duties would trigger a further 30% levy on shipments to the United States.',
      ['United States → Mexico 30% scheduled component'],
    ],
  ],
  'a country whose own earnings a tariff aims at is no party to it': [
    [
      'The 25% penalty duty on Indian goods is meant to squeeze Russia’s revenue from crude sales.',
      ['United States → India 25% current component'],
    ],
    [
      'Officials said the 50% levy on Brazil was designed to hit Venezuela’s economy as well.',
      ['United States → Brazil 50% current'],
    ],
  ],
  'the reason for a tariff is no product it is limited to': [
    [
      'The 25% levy on Indian goods, which targets New Delhi’s purchases of Russian crude, took effect.',
      ['United States → India 25% current'],
    ],
    [
      'The 50% total is a 25% reciprocal duty plus a 25% penalty tied to oil imports from Russia.',
      [
        'United States → India 50% current total',
        'United States → India 25% current component',
        'United States → India 25% current component',
      ],
      { context: ['India'] },
    ],
  ],
  'exemptions that are ended limit nothing': [
    [
      'The order ends all exemptions for Canada and imposes a 25% tariff on its steel.',
      ['United States → Canada 25% current on steel'],
    ],
  ],
  'products of another rate named after the number are not its products': [
    [
      'Goods from New Zealand pay 10%, with steeper duties on steel and copper.',
      ['United States → New Zealand 10% current'],
    ],
    [
      'Australian exports pay 10%, with separate duties for aluminium and copper.',
      ['United States → Australia 10% current'],
    ],
  ],
  'a rate on everyone in the number’s own words': [
    [
      'Indonesia pays 19%, well above the 10% universal tariff.',
      ['United States → Indonesia 19% current', 'United States → all countries 10% current'],
    ],
    [
      'Brazilian goods will face a 10% global tariff under the new order.',
      ['United States → all countries 10% scheduled'],
    ],
    [
      'Brazil’s 10% baseline rate was raised to 50%.',
      ['United States → Brazil 10% previous', 'United States → Brazil 50% current'],
    ],
  ],
  'a tariff that threatens harm is no threatened tariff': [
    [
      'Duties that had threatened to sink British whisky makers were cut from 25% to 10%.',
      [
        'United States → United Kingdom 25% previous on alcohol',
        'United States → United Kingdom 10% current on alcohol',
      ],
      { published: '2025-06-20' },
    ],
    [
      'The 50% tariff on Swiss goods, which threatens to upend the watch trade, took effect on Thursday.',
      ['United States → Switzerland 50% current'],
    ],
    ['Trump threatened to slap a 30% tariff on Swiss goods.', ['United States → Switzerland 30% threatened']],
  ],
  'an adverb inside the passive of a replacement': [
    [
      'Japan’s tariff on US rice has now been scrapped, and its 20% duty on beef has also been lifted.',
      ['Japan → United States 20% previous on farm goods'],
    ],
    [
      'The 15% levy on Korean cars was effectively removed by the deal.',
      ['United States → South Korea 15% previous on autos'],
    ],
  ],
  'a ruling that dismantles or invalidates a rate ends it': [
    [
      'The decision dismantles the 20% fentanyl tariff on China.',
      ['United States → China 20% previous'],
      { published: '2026-02-21' },
    ],
    [
      'Judges invalidated the 35% levy on Canadian goods, dismantling the emergency programme.',
      ['United States → Canada 35% previous'],
      { published: '2026-02-21' },
    ],
  ],
  'an upcoming rate is scheduled': [
    ['Norway now faces an upcoming 15% levy on its goods.', ['United States → Norway 15% scheduled']],
    ['India now faces a forthcoming 25% tariff on its goods.', ['United States → India 25% scheduled']],
  ],
  'at the time: a level told as history': [
    ['Mexico at the time faced a 25% tariff.', ['United States → Mexico 25% previous']],
    ['Back then, Canadian steel paid 25%.', ['United States → Canada 25% previous on steel']],
    ['At the time of writing, Chinese goods face a 30% tariff.', ['United States → China 30% current']],
  ],
  'the initial level of a rate since changed': [
    [
      'Indonesian goods will pay 19%, well below the initial 32% tariff set in April.',
      ['United States → Indonesia 19% scheduled', 'United States → Indonesia 32% previous'],
    ],
    [
      'The deal brings Thai goods to 19%, down from an initial 36% rate.',
      ['United States → Thailand 19% current', 'United States → Thailand 36% previous'],
    ],
  ],
  'a rate that will not be applied': [
    [
      'The 30% duty on Mexican goods that was due on Friday will not be applied while talks go on.',
      ['United States → Mexico 30% threatened'],
    ],
    [
      'Officials said the 50% levy on EU goods won’t take effect next month.',
      ['United States → European Union 50% threatened'],
    ],
  ],
  'a rate that holds during a pause is not paused': [
    [
      'Imports from most countries will pay a 10% rate during the 90-day pause.',
      ['United States → most countries 10% scheduled'],
    ],
  ],
  'a bracket after a list gives its rate to the whole list': [
    [
      'Its tariff is higher than those on Malaysia, Thailand and Cambodia (19 percent).',
      [
        'United States → Malaysia 19% current',
        'United States → Thailand 19% current',
        'United States → Cambodia 19% current',
      ],
    ],
  ],
  '"the same as" another country': [
    [
      'Indonesia’s rate is 19%, the same as the Philippines.',
      ['United States → Indonesia 19% current', 'United States → Philippines 19% current'],
    ],
  ],
  'a country listed with a place is a place': [
    [
      'The 100% tariff on medicines could hurt firms with factories in Ireland and India.',
      ['United States → all countries 100% current on pharmaceuticals'],
      { context: ['Germany'] },
    ],
  ],
  'a country that owns another number of the sentence is no party to this one': [
    [
      'The rate on the Philippines, raised from 17%, still trails Thailand’s 36% and Laos’s 48%.',
      [
        'United States → Philippines 17% previous',
        'United States → Thailand 36% current',
        'United States → Laos 48% current',
      ],
      { context: ['Philippines'] },
    ],
  ],
  'a partner’s bare tariff that someone changed is charged on it': [
    [
      'Thailand’s tariff was cut from 36% to 19%.',
      ['United States → Thailand 36% previous', 'United States → Thailand 19% current'],
    ],
    ['Canada’s tariff on US steel was cut to 10%.', ['Canada → United States 10% current on steel']],
    ['Vietnam’s duties have been raised to 46%, officials said.', ['United States → Vietnam 46% current']],
  ],
  'a country a rate is compared with is no party to it': [
    ['Sri Lanka’s new rate is in line with Vietnam’s, at 20%.', ['United States → Sri Lanka 20% current']],
  ],
  'a change told as under way in reported speech is a plan': [
    [
      'Trump said on Monday he was raising the tariff on Canadian lumber to 45%.',
      ['United States → Canada 45% scheduled on lumber'],
    ],
    [
      'Beijing announced it is cutting its levy on US soybeans to 10%.',
      ['China → United States 10% scheduled on farm goods'],
    ],
    [
      'Beijing said it is raising its tariff on US goods to 84%, effective immediately.',
      ['China → United States 84% current'],
    ],
  ],
  'a commitment told months later has been kept': [
    [
      'In March, Washington agreed to cut the tariff on Indian goods to 18%.',
      ['United States → India 18% current'],
      { published: '2026-07-01' },
    ],
    [
      'Last week Washington agreed to cut the tariff on Indian goods to 18%.',
      ['United States → India 18% scheduled'],
      { published: '2026-07-01' },
    ],
  ],
  'fentanyl is the reason for a tariff, never its product': [
    [
      'The 20% duty linked to fentanyl precursor drugs on Chinese goods will be halved.',
      ['United States → China 20% scheduled'],
    ],
  ],
  'a plan to act on a rate leaves it in force': [
    [
      'The White House will take steps to lower its 25% duty on Korean trucks after Seoul passes the law.',
      ['United States → South Korea 25% current on autos'],
    ],
  ],
  'a law that lets a president charge up to a level states a cap': [
    [
      'The statute empowers and allows the president to impose duties of up to 15% for 150 days.',
      ['United States → India 15% hypothetical'],
      { context: ['India'] },
    ],
  ],
  // Stop 25: classes from a fourth set of real news, in sentences of our own.
  'how sure someone is, in percent, is no rate': [
    [
      'The trade minister told reporters he was “not 100% sure” Tokyo would accept the 25% tariff on Japanese goods.',
      ['United States → Japan 25% scheduled'],
    ],
    [
      'Officials say they are 100 percent committed to the 15% tariff on Korean cars.',
      ['United States → South Korea 15% current on autos'],
    ],
  ],
  'a sentence opening with a word of history': [
    ['Initially, Swiss watches faced a 31% tariff.', ['United States → Switzerland 31% previous']],
    ['Formerly, shrimp from India paid a 10% duty.', ['United States → India 10% previous']],
  ],
  'a noun after a possessive is no verb of change': [
    [
      'Monday’s drop followed Washington’s 30% tariff on Chinese goods, which took effect overnight.',
      ['United States → China 30% current'],
    ],
  ],
  'a level whose deal has yet to take effect is to come': [
    [
      'Seoul agreed to a pact that lowers the levy on Korean cars to 15%, but the pact has yet to take effect.',
      ['United States → South Korea 15% scheduled on autos'],
    ],
  ],
  'a headline asking about a rate states none in force': [
    ['A 200% tariff on Brazilian beef?', ['United States → Brazil 200% threatened on farm goods']],
    ['What does the 50% tariff on Brazil mean for coffee drinkers?', ['United States → Brazil 50% current']],
  ],
  'goods exempted from a rate are no limit on it': [
    ['Medicines are currently exempt from the 39% tariff on Swiss goods.', ['United States → Switzerland 39% current']],
    [
      'Washington has carved out generic drugs from the 15% tariff on Japanese goods.',
      ['United States → Japan 15% current'],
    ],
  ],
  'what a tariff cites is its reason, not its product': [
    [
      'The US raised tariffs on Brazilian goods to 50%, citing the trial of a former president.',
      ['United States → Brazil 50% current'],
    ],
  ],
  'a ranking of countries by their rates': [
    [
      'In the tariff league table, Laos and Myanmar sit at 40%, followed by Thailand at 36%.',
      [
        'United States → Laos 40% current',
        'United States → Myanmar 40% current',
        'United States → Thailand 36% current',
      ],
    ],
    [
      'Under the pact, tariffs on medicines shipped from the bloc to the U.S. are capped at 15%.',
      ['United States → European Union 15% current on pharmaceuticals'],
      { context: ['European Union'] },
    ],
  ],
  'a country named as a target after it was named as a subject imposes nothing after': [
    [
      'Beijing’s commerce ministry said the step answers Trump’s move to lift tariffs on Chinese goods to 20%, alongside 25% duties on Canadian and Mexican goods.',
      ['United States → China 20% current', 'United States → Canada 25% current', 'United States → Mexico 25% current'],
    ],
  ],
  'a step up told with a participle and a day is to come': [
    [
      'The levy on Mexican steel stands at 25%, rising to 50% on January 1.',
      ['United States → Mexico 25% current on steel', 'United States → Mexico 50% scheduled on steel'],
      { published: '2025-09-30' },
    ],
    [
      'Tariffs on Chinese goods were 54% in March, rising to 104% on April 9.',
      ['United States → China 54% previous', 'United States → China 104% current'],
      { published: '2025-05-20' },
    ],
  ],
  'a sector rate on goods imported from anywhere is the rate on all countries': [
    [
      'The White House confirmed a 25% duty on imported copper wire, effective immediately.',
      ['United States → all countries 25% current on copper'],
    ],
    [
      'Washington will put a 30% tariff on imports of patented medicines from next month.',
      ['United States → all countries 30% scheduled on pharmaceuticals'],
      { published: '2025-09-10' },
    ],
    [
      'The levy on foreign lumber doubled to 20% last week.',
      ['United States → all countries 20% current on lumber'],
      { context: ['Canada'] },
    ],
    [
      'The 25% duty on imports of steel from Canada hurts Ontario mills.',
      ['United States → Canada 25% current on steel'],
    ],
  ],
  'a plan told with a start date already past has been carried out': [
    [
      'In a statement on 2 May 2025 the ministry said it plans to raise its duty on US pork from 10% to 20%, effective 12 May 2025.',
      ['China → United States 10% previous on farm goods', 'China → United States 20% current on farm goods'],
      { published: '2025-06-01', context: ['China'] },
    ],
    [
      'The ministry said on 2 May that it plans to raise its duty on US pork from 10% to 20%, effective 12 June.',
      ['China → United States 10% current on farm goods', 'China → United States 20% scheduled on farm goods'],
      { published: '2025-06-01', context: ['China'] },
    ],
  ],
  'the month of May is no modal': [
    [
      'The order signed on May 3 raises the duty on Peruvian pork to 18%.',
      ['United States → Peru 18% current on farm goods'],
    ],
  ],
  'an adverb of history that dates only the telling': [
    [
      'The president previously announced a 40% tariff on Laotian goods, which took effect in August.',
      ['United States → Laos 40% current'],
      { published: '2025-10-01' },
    ],
  ],
  "a country's newspaper or broadcaster is a source, no party": [
    [
      'Duties on Korean cars were cut to 15% from 25%, according to a report by South Korea’s national broadcaster KBS.',
      ['United States → South Korea 15% current on autos', 'United States → South Korea 25% previous on autos'],
    ],
    [
      'The levy on farm machinery will fall to 10%, Chinese state media reported.',
      ['United States → Peru 10% scheduled'],
      { context: ['Peru'] },
    ],
  ],
  'an aside comparing a country with another names no party': [
    [
      'Washington lowered the duty on Cambodia, Thailand’s rival in tourism, to 19%.',
      ['United States → Cambodia 19% current'],
    ],
  ],
  'the home government acting after a country is named imposes the rate': [
    [
      "Worries about Kenya's flower growers grew when Trump raised tariffs on Ethiopia to 25% last week.",
      ['United States → Ethiopia 25% current'],
    ],
  ],
  'a future in a clause before "when" is no plan of the change after it': [
    [
      'The pressure will not ease soon, as became clear when Washington cut tariffs on Ghana from 30% to 15%.',
      ['United States → Ghana 30% previous', 'United States → Ghana 15% current'],
    ],
  ],
  'imports from all countries are all countries, whatever "baseline" says': [
    [
      'The order set a 10% baseline tariff on imports from all countries.',
      ['United States → all countries 10% current'],
    ],
    [
      'Trump kept the 10% baseline tariff on nearly all trading partners.',
      ['United States → most countries 10% current'],
    ],
  ],
  'goods named in a condition after the rate are not its products': [
    [
      'A 20% tariff on Colombian goods will stay until drugs and coffee smuggling stop.',
      ['United States → Colombia 20% current'],
    ],
  ],
  'a country labelling a number with a dash in a list owns that number': [
    [
      'Under the new order the duty on Ghanaian goods is 15%, for Kenya — 20%, and for Nigeria — 25%.',
      ['United States → Ghana 15% current', 'United States → Kenya 20% current', 'United States → Nigeria 25% current'],
    ],
  ],
  'a change to come of a rate its imposer holds leaves that rate in force': [
    [
      'Oslo will “adjust” its 15% levy on US whiskey if no deal is reached by May.',
      ['Norway → United States 15% current on alcohol'],
      { context: ['Norway'] },
    ],
  ],
  'a rate given as an example takes the status of what it exemplifies': [
    [
      'Letters went out to a dozen countries confirming plans to go ahead with higher tariffs next month, including a 35% levy on Serbia.',
      ['United States → Serbia 35% scheduled'],
    ],
  ],
};

for (const [title, cases] of Object.entries(CASES)) {
  describe(title, () => {
    it.each(cases.map((c) => ({ sentence: c[0], expected: c[1], options: c[2] })))(
      '$sentence',
      ({ sentence, expected, options }) => {
        expect(rates(sentence, options)).toEqual(expected);
      },
    );
  });
}

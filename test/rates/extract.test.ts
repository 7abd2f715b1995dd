import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates, sentenceRates } from '../../src/rates/extract.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';
import { articleRates } from './article-rates.ts';

/** The statements of one sentence as "imposer → target percent status" lines. */
function rates(sentence: string, { published = '2025-06-02', context = [] as string[] } = {}): string[] {
  return sentenceRates(sentence, published, () =>
    context.map((country) => ({ country, role: 'unknown' as const })),
  ).map((r) => `${r.imposer} → ${r.target} ${r.qualifier ? `${r.qualifier} ` : ''}${r.percent}% ${r.status}`);
}

describe('status, from the verbs and tense around the number', () => {
  it.each([
    ['The U.S. tariff on Indian goods now stands at 25%.', 'United States → India 25% current'],
    ['The levy on Chinese goods was cut to 10% on Monday.', 'United States → China 10% current'],
    ['The United States is charging 15% on most Japanese imports.', 'United States → Japan 15% current'],
    ['Beijing left in place its 10% tariff on U.S. goods.', 'China → United States 10% current'],
    ['Canada scrapped its 20% levy on American dairy products.', 'Canada → United States 20% previous'],
    ['The tariff on Mexican goods will rise to 40% on March 1.', 'United States → Mexico 40% scheduled'],
    ['Trump warned of a 200% duty on European wine.', 'United States → European Union 200% threatened'],
    ['The White House paused the 34% tariff on Chinese goods for 90 days.', 'United States → China 34% suspended'],
    [
      'Without the truce, duties on Chinese goods could have climbed to 104%.',
      'United States → China 104% hypothetical',
    ],
  ])('%s', (sentence, expected) => {
    expect(rates(sentence)).toEqual([expected]);
  });

  it('tells the replaced rate from the new one in one sentence', () => {
    expect(rates('The rate on Chinese imports is now 30%, down from 54%.')).toEqual([
      'United States → China 30% current',
      'United States → China 54% previous',
    ]);
    expect(rates("China's tariff on American goods, which had reached 125%, was lowered to 10% on Wednesday.")).toEqual(
      ['China → United States 125% previous', 'China → United States 10% current'],
    );
    // Until the fall takes effect the old level is the one in force (status is as of the article's date).
    expect(rates('Tariffs on Chinese goods will fall to 30% from 145% on May 14.')).toEqual([
      'United States → China 30% scheduled',
      'United States → China 145% current',
    ]);
  });

  it('reads a start date against the article date: a later one is scheduled, the same day is not', () => {
    expect(rates('India faces a 25% tariff from Aug. 7.', { published: '2025-08-01' })).toEqual([
      'United States → India 25% scheduled',
    ]);
    expect(
      rates('Trump raised the tariff on Canadian goods to 35%, effective Friday.', { published: '2025-08-01' }),
    ).toEqual(['United States → Canada 35% current']);
    expect(
      rates('Trump raised the tariff on Canadian goods to 35%, effective Friday.', { published: '2025-07-30' }),
    ).toEqual(['United States → Canada 35% scheduled']);
  });

  it('reads a change of level as done or still to come', () => {
    expect(rates('Officials plan to raise the duty on Indian goods from 25% to 50% next week.')).toEqual([
      'United States → India 25% current',
      'United States → India 50% scheduled',
    ]);
    expect(rates('Washington agreed to pause an increase in tariffs on Mexican goods to 30% from 25%.')).toEqual([
      'United States → Mexico 30% suspended',
      'United States → Mexico 25% current',
    ]);
    expect(rates('Last month the White House hiked the 10% rate on Japanese goods to higher levels.')).toEqual([
      'United States → Japan 10% previous',
    ]);
    expect(
      rates('In March the U.S. set a 10% tariff on Chinese goods, which it later raised to 20% in a second step.'),
    ).toEqual(['United States → China 10% previous', 'United States → China 20% current']);
  });

  it('keeps reported speech, threats and legal caps apart from the past and from rates in force', () => {
    expect(rates('The minister said Washington had imposed a 10% levy on Australian goods.')).toEqual([
      'United States → Australia 10% current',
    ]);
    expect(rates('The truce saw Trump drop his threat to impose 100% tariffs on Chinese goods.')).toEqual([
      'United States → China 100% threatened',
    ]);
    // A deal's terms told in the present start later, unless the sentence says they have.
    expect(rates('The deal sets a 15% tariff on EU goods, down from a 30% threat.')).toEqual([
      'United States → European Union 15% scheduled',
      'United States → European Union 30% threatened',
    ]);
    expect(rates('The statute allows tariffs up to 15% on Brazilian goods for 150 days.')).toEqual([
      'United States → Brazil up to 15% hypothetical',
    ]);
    expect(
      rates('The law allows a president to impose a temporary import surcharge of up to 15 percent for 150 days.'),
    ).toEqual(['United States → all countries up to 15% hypothetical']);
  });

  it('makes a conditional rate a threat', () => {
    expect(rates('Trump said he would raise the tariff on British steel to 50% if talks failed.')).toEqual([
      'United States → United Kingdom 50% threatened',
    ]);
  });
});

describe('direction, from the sentence rather than word order alone', () => {
  it('reads each party of a sentence that gives both directions', () => {
    const ft =
      "After the talks in Switzerland, the two countries said they would sign tariffs on each other's goods for at least the next 90 days, with the additional tax imposed by the U.S. on China falling to 30% this year and China dropping to 10%.";
    expect(rates(ft)).toEqual(['United States → China 30% current', 'China → United States 10% current']);
  });

  it.each([
    ['Levies on goods from Vietnam rose to 46% in April.', 'United States → Vietnam 46% current'],
    ["Ottawa's counter-tariffs on US steel remain at 25%.", 'Canada → United States 25% current'],
    ['New Delhi slapped a 20% duty on American almonds.', 'India → United States 20% current'],
    ['Tokyo will face a 24% tariff from July 9.', 'United States → Japan 24% scheduled'],
    ['Brussels will impose duties of 25% on U.S. motorcycles.', 'European Union → United States 25% scheduled'],
    [
      'Trump ordered 25% tariffs on imports from Canada and Mexico.',
      'United States → Canada 25% current|United States → Mexico 25% current',
    ],
  ])('%s', (sentence, expected) => {
    expect(rates(sentence)).toEqual(expected.split('|'));
  });

  it('gives a rate "on each other\'s goods" both ways, keeping a bound such as "over 100%"', () => {
    expect(
      rates("Talks with Chinese officials saw both sides retreat from tariffs over 100% on each other's goods."),
    ).toEqual(['China → United States over 100% previous', 'United States → China over 100% previous']);
  });

  it('pairs rates with parties listed "respectively"', () => {
    expect(
      rates(
        "The U.S. and China now charge 30% and 10% respectively on each other's goods, down from 145% and 125% in April.",
      ),
    ).toEqual([
      'United States → China 30% current',
      'China → United States 10% current',
      'United States → China 145% previous',
      'China → United States 125% previous',
    ]);
  });

  it('takes the countries of an earlier sentence when this one names none, unless the rate is on everyone', () => {
    expect(rates('The tariffs have soared to 145%.', { context: ['United States', 'China'] })).toEqual([
      'United States → China 145% current',
    ]);
    // A worldwide rate is news of its own: the home country's rate on all (or most) countries.
    expect(rates('A 10% baseline tariff on almost all imports remains in place.', { context: ['China'] })).toEqual([
      'United States → most countries 10% current',
    ]);
    expect(rates('Trump unveiled a global 15% tariff under Section 122.', { context: ['China'] })).toEqual([
      'United States → all countries 15% scheduled',
    ]);
    expect(rates('Brazil faces the 50% blanket tariff.')).toEqual(['United States → Brazil 50% current']);
    expect(rates('The 50% levy applies to all countries except the UK.', { context: ['Japan'] })).toEqual([
      'United States → all countries 50% current',
    ]);
    expect(rates('Trump has threatened tariffs of up to 100% on countries that buy Russian oil.')).toEqual([]);
  });

  it('gives a rate on a list of countries to each of them, commas and all', () => {
    expect(
      rates(
        'The U.S. will charge 10% on goods from the UK, Denmark, Sweden, the Netherlands, and Finland from June 1.',
      ),
    ).toEqual(
      ['United Kingdom', 'Denmark', 'Sweden', 'Netherlands', 'Finland'].map(
        (c) => `United States → ${c} 10% scheduled`,
      ),
    );
  });

  it('takes the goods a country buys for the reason of a tariff, not a party to it or a limit on it', () => {
    expect(rates('The U.S. raised the duty on Turkish goods to 40% over purchases of Russian crude.')).toEqual([
      'United States → Turkey 40% current',
    ]);
    expect(rates('Washington dropped its 25% levy on Indian imports over Russian oil purchases.')).toEqual([
      'United States → India 25% previous',
    ]);
  });

  it('leaves out places where talks happened', () => {
    expect(rates('Meeting in Geneva, Switzerland, officials cut the tariff on Chinese goods to 30%.')).toEqual([
      'United States → China 30% current',
    ]);
  });
});

describe('which percentages are rates', () => {
  it.each([
    'Chinese exports to the US fell 21% in April.',
    'Nvidia agreed to pay the U.S. government 15% of its China chip revenue.',
    'U.S. inflation rose to 2.4% as tariffs bit.',
    'The S&P 500 rose 2% after the tariff announcement.',
    'Tariffs could cut growth by 1.5 percentage points.',
    'The interest rate stayed at 4.5% despite the tariffs.',
    'Tariffs ranging from 10% to 50% apply to Chinese goods.',
  ])('none in: %s', (sentence) => {
    expect(rates(sentence)).toEqual([]);
  });

  it('reads "per cent", "percent" and "pc", and decimals', () => {
    expect(rates('Japanese cars face a 27.5 per cent duty.')).toEqual(['United States → Japan 27.5% current']);
    expect(rates('Japanese cars face a 27.5 percent duty.')).toEqual(['United States → Japan 27.5% current']);
    expect(rates('Japanese cars face a 27.5pc duty.')).toEqual(['United States → Japan 27.5% current']);
  });
});

describe('coverage and parts', () => {
  const one = (sentence: string) => sentenceRates(sentence, '2025-06-02', () => [])[0];

  it('keeps the products a rate is limited to, but not examples of what it covers', () => {
    expect(one('Trump doubled tariffs on Canadian steel and aluminum to 50%.')?.products).toEqual([
      'steel',
      'aluminum',
    ]);
    expect(
      one('Canada imposed 25% tariffs on U.S. goods, including orange juice and motorcycles.')?.products,
    ).toBeUndefined();
    expect(one('Tariffs on Japanese cars, which currently face a 27.5% duty, will fall to 15%.')?.products).toEqual([
      'autos',
    ]);
  });

  it('keeps a limit such as a trade pact', () => {
    expect(one('The U.S. tariff on Canadian goods not covered by the USMCA is 35%.')?.scope).toBe(
      'not covered by the USMCA',
    );
  });

  it('tells a total from a component', () => {
    const [part, total] = sentenceRates(
      'An additional 10% levy on Chinese imports kicked in, bringing the combined duty on Chinese goods to 20%.',
      '2025-03-04',
      () => [],
    );
    expect(part).toMatchObject({ percent: 10, part: 'component' });
    expect(total).toMatchObject({ percent: 20, part: 'total' });
  });
});

describe('extractRates over articles', () => {
  it('finds the seed articles’ rates: 30% and 10% current, 145% and over 100% before', () => {
    const kb = knowledgeBaseOf();
    expect(
      kb.rates.map((r) => [r.imposer, r.target, r.qualifier ?? '', r.percent, r.status, r.paragraph, r.published]),
    ).toEqual([
      ['China', 'United States', 'over', 100, 'previous', 3, '2025-05-30'],
      ['United States', 'China', 'over', 100, 'previous', 3, '2025-05-30'],
      ['United States', 'China', '', 145, 'previous', 2, '2025-05-30'],
      ['United States', 'China', '', 30, 'current', 7, '2025-05-30'],
      ['China', 'United States', '', 10, 'current', 7, '2025-05-30'],
    ]);
    expect(kb.rates[3]?.sentence).toMatch(/^After the talks in Switzerland.*China dropping to 10%\.$/);
  });

  it('gives plain JSON data only (it is cached on disk with the index)', () => {
    const rates = loadCorpus('test/fixtures/rates').articles.flatMap(extractRates);
    // Every optional field occurs, so the round trip below covers each of them.
    for (const field of ['qualifier', 'part', 'products', 'scope'])
      expect(
        rates.some((r) => field in r),
        field,
      ).toBe(true);
    expect(JSON.parse(JSON.stringify(rates))).toEqual(rates);
    const plain = (value: unknown): boolean =>
      value === null || typeof value !== 'object'
        ? typeof value !== 'function' && value !== undefined
        : (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) &&
          Object.values(value).every(plain);
    expect(rates.every(plain)).toBe(true);
  });
});

describe('a sentence that names no country, read with the ones before it', () => {
  it('goes on with the rate stated just before when it adds to it ("Additionally, …")', () => {
    expect(
      articleRates([
        'Ottawa announced duties of 20% on American dairy and wine.',
        'Additionally, a 10% levy will apply to other farm goods such as beef and pork.',
      ]),
    ).toEqual(['Canada → United States 20% scheduled', 'Canada → United States 10% scheduled']);
  });

  it('takes the first country named before for a singular "it", not every country listed', () => {
    expect(
      articleRates([
        'Thailand runs the fourth-largest trade surplus with the US, after China, Mexico and Vietnam.',
        'That made it an early target, with a 36% tariff announced in April.',
      ]),
    ).toEqual(['United States → Thailand 36% current']);
  });

  it('makes the rates just stated suspended when the next sentence says they were put on hold', () => {
    expect(
      articleRates([
        'In May, Brussels had approved retaliatory duties of 25% on US motorcycles and jeans.',
        'These duties were later suspended to give talks a chance.',
      ]),
    ).toEqual(['European Union → United States 25% suspended']);
  });
});

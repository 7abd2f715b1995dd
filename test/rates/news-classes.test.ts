/**
 * Classes of failure found on real news, each in sentences written for this test: who imposes on
 * whom, what a percentage is (a level, a part added to a tariff, an amount of change) and how it
 * stands as of its article.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';

/** "imposer → target percent status[ part][ on products]" for each statement of one sentence. */
function rates(sentence: string, { published = '2025-06-02', context = [] as string[] } = {}): string[] {
  return sentenceRates(sentence, published, () =>
    context.map((country) => ({ country, role: 'unknown' as const })),
  ).map(
    (r) =>
      `${r.imposer} → ${r.target} ${r.percent}% ${r.status}${r.part ? ` ${r.part}` : ''}${r.products ? ` on ${r.products.join(', ')}` : ''}`,
  );
}

describe('who imposes on whom', () => {
  it('the country that says it will put a tariff on goods imported from another imposes it', () => {
    expect(
      rates(
        'Brazil said it would implement a 12 percent tariff on coal and liquefied natural gas as well as an 8 percent tariff on wheat imported from the US.',
      ),
    ).toEqual(['Brazil → United States 12% scheduled on energy', 'Brazil → United States 8% scheduled on farm goods']);
  });

  it('gives each of two rates in one clause the parties around it', () => {
    expect(
      rates(
        "Canada has answered the US president's tariffs totalling 35% on Canadian goods with a 25% levy on US imports.",
      ),
    ).toEqual(['United States → Canada 35% current', 'Canada → United States 25% current']);
    expect(
      rates(
        'Washington first raised the duty on China by 20% in March, and then to 54% when Beijing hit back with its own tariff of 34% on US products.',
      ),
    ).toEqual([
      'United States → China 20% current component',
      'United States → China 54% current',
      'China → United States 34% current',
    ]);
  });

  it('as many different rates listed together as countries listed before them pair in order', () => {
    expect(rates('Laos and Cambodia had been assigned 48% and 49% in April.')).toEqual([
      'United States → Laos 48% previous',
      'United States → Cambodia 49% previous',
    ]);
    // One rate for both is not a list.
    expect(rates('Laos and Cambodia face 40% and more.')).toEqual([
      'United States → Laos 40% current',
      'United States → Cambodia 40% current',
    ]);
  });

  it('a rate in brackets after a country is the rate on that country', () => {
    expect(rates('The steepest rates hit Cambodia (49%), Laos (40%) and Myanmar (40%).')).toEqual([
      'United States → Cambodia 49% current',
      'United States → Laos 40% current',
      'United States → Myanmar 40% current',
    ]);
  });

  it("a partner's rate, or the rate it pays, is the rate charged on it", () => {
    expect(rates("Compared with the 15% Japan pays, Britain's 10% rate looks mild.")).toEqual([
      'United States → Japan 15% current',
      'United States → United Kingdom 10% current',
    ]);
    expect(rates('Korea pays 15%, more than the 10% paid by Britain.')).toEqual([
      'United States → South Korea 15% current',
      'United States → United Kingdom 10% current',
    ]);
    // Its own levies are still its own.
    expect(rates("Canada's tariffs on US steel stay at 25%.")[0]).toBe('Canada → United States 25% current on steel');
  });

  it('a country whose oil is bought is no party to the tariff', () => {
    expect(rates('India pays a further 25% penalty for buying Russian oil.')).toEqual([
      'United States → India 25% current component',
    ]);
    expect(rates('Turkey, already paying 15%, was hit with an extra 25% over Iranian oil.')).toEqual([
      'United States → Turkey 15% current',
      'United States → Turkey 25% current component',
    ]);
  });

  it('a country named twice plays the part its mention nearest the number gives it', () => {
    expect(
      rates(
        'Mexico has announced the suspension of 20 per cent additional tariffs on the US after Washington delayed its own tariffs on Mexican imports.',
      ),
    ).toEqual(['Mexico → United States 20% suspended component']);
  });

  it('goods coming into a country are taxed by it, even when the sentence names a third one', () => {
    expect(
      rates(
        '“If Canada signs a pact with China, it will be hit with a 50% Tariff on all Canadian goods coming into the U.S.A.”',
      ),
    ).toEqual(['United States → Canada 50% threatened']);
  });

  it('a subject that continues a pause while retaining a duty imposes that duty', () => {
    expect(
      rates(
        'Mexico will continue suspending its tariff increase for 60 days while retaining a 15-percent duty, officials said.',
      ),
    ).toEqual(['Mexico → United States 15% current']);
  });

  it('a rate in a sentence about countries in general borrows no country from the sentences before', () => {
    expect(
      rates(
        'The president announced a pause on some tariffs for countries that agreed to talks while leaving in place a 10 percent tariff.',
        { context: ['China'] },
      ),
    ).toEqual([]);
  });

  it('ends a clause at a comma that closes a quotation: the tariffs after it are another matter', () => {
    expect(
      rates(
        'The Japanese prime minister said the decision by U.S. President Donald Trump to put a 24% tariff on his country was “deeply regrettable,” but ruled out counter-tariffs against the United States.',
      ),
    ).toEqual(['United States → Japan 24% current']);
  });
});

describe('increments and percentage points', () => {
  it('an amount added to a tariff is a part of it', () => {
    expect(rates('The White House added 25% to the duty on Indian goods, taking the total to 50%.')).toEqual([
      'United States → India 25% current component',
      'United States → India 50% current total',
    ]);
    expect(rates('Last month Washington increased the tariff on Mexican goods by 10 percentage points.')).toEqual([
      'United States → Mexico 10% current component',
    ]);
  });

  it('percentage points of a rate that are paused are a paused part of it; the rest stays', () => {
    expect(
      rates(
        'Beijing said it would keep suspending 24 percentage points of its tariff on American goods, while retaining a 10 percent duty.',
      ),
    ).toEqual(['China → United States 24% suspended component', 'China → United States 10% current']);
  });

  it('a cut by some points, or a level some points higher, is no rate', () => {
    expect(rates('Washington cut its tariffs on Vietnam by 10 percentage points.')).toEqual([]);
    expect(rates('Duties on Vietnamese shoes are now 12 percentage points higher than in January.')).toEqual([]);
  });
});

describe('status', () => {
  it('a clause with a subject of its own says nothing of the rate before it', () => {
    expect(
      rates('Washington raised the levy on Brazilian goods to 50%, although it paused a separate fee for 30 days.'),
    ).toEqual(['United States → Brazil 50% current']);
    expect(
      rates(
        'After the US added 10% to the tariff on Chinese imports, bringing the total to 20%, Beijing said it would respond.',
      ),
    ).toEqual(['United States → China 10% current component', 'United States → China 20% current total']);
  });

  it('a start told in the past has come, unless the sentence puts it off', () => {
    expect(
      rates('The reply came minutes after the 10 percent tariffs on Chinese goods were to take effect.', {
        published: '2025-02-04',
      }),
    ).toEqual(['United States → China 10% current']);
    expect(
      rates('The 25% tariffs on Mexican goods were due to take effect on Saturday but were delayed.', {
        published: '2025-02-04',
      }),
    ).toEqual(['United States → Mexico 25% suspended']);
  });

  it('the level a new one replaces is still in force while the new one is to come', () => {
    expect(
      rates('From Thursday, Korean cars entering the US will face a 15 per cent tariff instead of 25 per cent.', {
        published: '2025-09-15',
      }),
    ).toEqual([
      'United States → South Korea 15% scheduled on autos',
      'United States → South Korea 25% current on autos',
    ]);
  });
});

describe('history, conditions and rulings', () => {
  it.each([
    // Any past perfect tells a level since replaced, whatever its verb; a deal or threat keeps its reading.
    ['Beijing had initially answered with a 34% levy on US goods.', 'China → United States 34% previous'],
    ['Vietnam had faced a 46 percent rate under the first schedule.', 'United States → Vietnam 46% previous'],
    ['Seoul had agreed to a 15% tariff on its exports in July.', 'United States → South Korea 15% current'],
    // Words that tell a level as history.
    ['At their peak, US duties on Chinese imports reached 145%.', 'United States → China 145% previous'],
    ['American levies on Chinese imports once stood at 145 percent.', 'United States → China 145% previous'],
    ['Levies on Indian goods will initially be 10% under the plan.', 'United States → India 10% scheduled'],
    // "Without a deal" is a condition, as "if" is.
    ['Without the deal, duties on Chinese goods would climb to 54%.', 'United States → China 54% threatened'],
    // A court ruling ends a rate.
    [
      'An appeals court struck down the 25% tariffs on Canadian goods imposed under IEEPA.',
      'United States → Canada 25% previous',
    ],
    // A rate some country was "hit with" is stated even with no tariff word.
    ['Laos, initially hit with 48%, now pays 40%.', 'United States → Laos 48% previous'],
  ])('%s', (sentence, expected) => {
    expect(rates(sentence)[0]).toBe(expected);
  });

  it.each([
    // Proposals, wishes and fears are no rate anyone charges.
    ['The commerce secretary is recommending a 40% tariff on Thai goods.', 'United States → Thailand 40% threatened'],
    ['The White House wants to raise duties on Mexican goods to 30%.', 'United States → Mexico 30% threatened'],
    ['Aides discussed a possible 30% levy on Mexican imports.', 'United States → Mexico 30% threatened'],
    ['A 30% duty on Mexican goods is on the table.', 'United States → Mexico 30% threatened'],
    ['Mexican exporters are bracing for a 30% tariff.', 'United States → Mexico 30% threatened'],
    ['Seoul hopes to avoid a 25% tariff on its cars.', 'United States → South Korea 25% threatened on autos'],
    ['The agreement spares Vietnam from a 46% tariff.', 'United States → Vietnam 46% threatened'],
    // A condition on a deal or talks after the number makes a threat in any tense.
    ['Japan faces a 25% tariff unless it strikes a deal by August 1.', 'United States → Japan 25% threatened'],
    // The present of a start is its future.
    ['The 25% duties on Canadian goods go into effect next week.', 'United States → Canada 25% scheduled'],
  ])('%s', (sentence, expected) => {
    expect(rates(sentence)[0]).toBe(expected);
  });

  it('a move of a market or a trade flow by an amount is no rate', () => {
    expect(rates('The yuan weakened 0.3% against the dollar after the tariff news on China.')).toEqual([]);
    expect(rates("India's surplus with the US widened 20% before the tariffs on India began.")).toEqual([]);
  });

  it('a level a rate was set at before it was lowered is history; the new level holds', () => {
    expect(rates('Lesotho was initially assigned a 50% rate, later reduced to 15%.')).toEqual([
      'United States → Lesotho 50% previous',
      'United States → Lesotho 15% current',
    ]);
    expect(rates("Cambodia's rate, set at 49% in April, was lowered to 19%.")).toEqual([
      'United States → Cambodia 49% previous',
      'United States → Cambodia 19% current',
    ]);
    expect(rates('The duty on Chinese goods was raised to 104% and then to 125% within days.')).toEqual([
      'United States → China 104% previous',
      'United States → China 125% current',
    ]);
    expect(rates('The levy on Mexican goods was halved from 30% to 15%.')).toEqual([
      'United States → Mexico 30% previous',
      'United States → Mexico 15% current',
    ]);
  });
});

describe('a change of level', () => {
  it('from a bare number to a percentage: the old level shares the percent sign; a change at once has come', () => {
    expect(
      rates(
        'The pact will see Japanese duties on cars immediately cut from 20 to 5 per cent, while levies on steel will be reviewed.',
      ),
    ).toEqual(['Japan → United States 20% previous on autos', 'Japan → United States 5% current on autos']);
    expect(rates('Duties of 10 to 25 per cent apply to Chinese goods.')).toEqual([]);
  });
});

describe('products', () => {
  it('a rate stacked onto a product rate, and the sum, are about the same products', () => {
    expect(
      rates(
        'It hurt Korean carmakers, for whom the 25 per cent duty came on top of an existing 2.5 per cent tariff - bringing the overall level to 27.5 per cent.',
      ),
    ).toEqual([
      'United States → South Korea 25% current component on autos',
      'United States → South Korea 2.5% current component on autos',
      'United States → South Korea 27.5% current total on autos',
    ]);
  });

  it('goods a rate exempts or also covers are no limit on it; a route limits only its own rate', () => {
    expect(rates('The 35% duty on Canadian goods does not apply to potash, which faces 10%.')).toEqual([
      'United States → Canada 35% current',
      'United States → Canada 10% current on potash',
    ]);
    expect(rates('The 50% tariff on Indian goods exempts smartphones and pharmaceuticals.')).toEqual([
      'United States → India 50% current',
    ]);
    expect(rates('The 15% rate on EU goods, including cars, also covers chips.')).toEqual([
      'United States → European Union 15% current',
    ]);
    const [pact] = sentenceRates(
      'Canadian goods that do not fall under the North American free trade agreement face a 25 percent tariff, except for potash.',
      '2025-08-02',
      () => [],
    );
    expect([pact?.products, pact?.scope]).toEqual([
      undefined,
      'do not fall under the North American free trade agreement',
    ]);
    const [general, route] = sentenceRates(
      'Vietnamese exports to the US face a 20% tariff, while goods transshipped through the country are charged 40%.',
      '2025-08-02',
      () => [],
    );
    expect([general?.scope, route?.scope]).toEqual([undefined, 'transshipped through the country']);
  });

  it('the reason for a tariff is no limit on it', () => {
    expect(
      rates(
        'Washington will double tariffs on Indian goods from 25 percent to 50 percent on purchases of Russian oil.',
      ),
    ).toEqual(['United States → India 25% current', 'United States → India 50% scheduled']);
    expect(
      rates(
        'The deal cuts US tariffs on Indian goods to 18% from 50% in exchange for India halting Russian oil purchases.',
      ),
    ).toEqual(['United States → India 18% scheduled', 'United States → India 50% current']);
  });
});

describe('a rate of zero told as tariff-free', () => {
  it('goods that enter a country tariff-free face a rate of zero there', () => {
    expect(
      rates('The minister noted that American goods enter New Zealand tariff-free, while Washington charges 10%.'),
    ).toEqual(['New Zealand → United States 0% current', 'United States → New Zealand 10% current']);
  });

  it('access "duty-free", a share of goods entering tariff-free, or goods that might enter so, is no rate', () => {
    expect(rates('Kenyan coffee had long enjoyed duty-free access to the US market.')).toEqual([]);
    expect(rates('Officials say 80% of American goods enter New Zealand tariff-free.')).toEqual([]);
    expect(rates('Washington fears a backdoor route for Chinese goods to enter the US tariff-free.')).toEqual([]);
  });
});

describe('words of news', () => {
  it.each([
    [
      'Trump signed an order rescinding a punitive 25% duty on Brazilian imports.',
      'United States → Brazil 25% previous',
    ],
    [
      'Washington outlined plans to implement a 50 percent tariff on products from India.',
      'United States → India 50% scheduled',
    ],
    ['The prospect of 40 percent US tariffs on Vietnam rattled markets.', 'United States → Vietnam 40% threatened'],
    ['Trump put a 20 percent surtax on China earlier this year.', 'United States → China 20% current'],
    ['Officials said duties on Chinese goods might end up below 10 percent.', 'United States → China 10% threatened'],
  ])('%s', (sentence, expected) => {
    expect(rates(sentence)).toEqual([expected]);
  });
});

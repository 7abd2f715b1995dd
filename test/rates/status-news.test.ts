/**
 * How a rate stands as of its article, in classes of news wording found on a new set of articles
 * (stop 28), each in sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRates } from '../../src/rates/extract.ts';
import { articleRates } from './article-rates.ts';
import { sentenceRateLines } from './article-rates.ts';

/** "imposer → target percent status" for each statement of one sentence. */
const rates = (sentence: string, published = '2025-10-20') => sentenceRateLines(sentence, published);

describe('a level the sentence calls current', () => {
  it('is in force whatever is planned or weighed for it', () => {
    expect(rates('Officials are weighing a cut to the current 25% tariff on Mexican goods.')).toEqual([
      'United States → Mexico 25% current',
    ]);
    expect(
      rates(
        'Trump signed an order on Thursday to implement lower tariffs on Japanese cars, down from the current 27.5 percent.',
      ),
    ).toEqual(['United States → Japan 27.5% current']);
  });
});

describe('a threat carried out', () => {
  it('is a rate imposed, not a threat', () => {
    expect(
      rates(
        'On March 3, Washington followed through on its threat by imposing a 20% tariff on Colombian goods.',
        '2025-06-10',
      ),
    ).toEqual(['United States → Colombia 20% current']);
    expect(rates('Trump made good on his threat and slapped a 30% duty on Peruvian copper.')).toEqual([
      'United States → Peru 30% current',
    ]);
  });
});

describe('a level told as a past state', () => {
  it('reads "was merely" as the past', () => {
    expect(rates('Last year the average US tariff on Chilean imports was merely 0.8%.')).toEqual([
      'United States → Chile 0.8% previous',
    ]);
  });
});

describe('an inverted condition', () => {
  it('makes a rate in the "should" clause hypothetical', () => {
    expect(
      rates('Should Washington lower the tariff on Malaysian goods to 12%, exporters there would gain ground.'),
    ).toEqual(['United States → Malaysia 12% hypothetical']);
  });
  it('makes a rate the main clause promises after it a threat', () => {
    expect(
      rates(
        'Trump warned that should talks collapse, the US will impose a 60% tariff on Chinese goods starting December 1.',
      ),
    ).toEqual(['United States → China 60% threatened']);
  });
  it('leaves "should" as a modal of advice alone', () => {
    expect(rates('Analysts said the 25% tariff on Canadian lumber should stay in place.')).toEqual([
      'United States → Canada 25% current',
    ]);
  });
});

describe('cue words in title case', () => {
  it('reads a headline that agrees to reduce as a change to come', () => {
    expect(rates('Trump Agrees with Hanoi to Lower Tariffs to 12%')).toEqual(['United States → Vietnam 12% scheduled']);
  });
  it('reads "The lower 15% tariff" as an adjective, not a cut', () => {
    expect(rates('The lower 15% tariff on Japanese cars takes effect next week.')).toEqual([
      'United States → Japan 15% scheduled',
    ]);
  });
});

describe('an earlier announcement the news has replaced', () => {
  it('is a threat that never started', () => {
    expect(
      rates(
        'Washington will charge 18% on most Thai goods, well under the previously announced 36% tariff.',
        '2025-08-01',
      ),
    ).toEqual(['United States → Thailand 18% scheduled', 'United States → Thailand 36% threatened']);
  });
  it('is history when the sentence tells what became of it', () => {
    expect(
      rates('The originally announced 25% duty on Canadian steel was doubled to 50% in June.', '2025-08-01'),
    ).toEqual(['United States → Canada 25% previous', 'United States → Canada 50% current']);
  });
});

describe('the rate an act answered', () => {
  it('is not dated by the past perfect of the act', () => {
    expect(
      rates(
        "Ottawa had imposed 25% duties on US goods in response to Washington's 35% tariffs on Canadian products.",
        '2025-09-01',
      ),
    ).toEqual(['Canada → United States 25% previous', 'United States → Canada 35% current']);
    expect(rates('Mexico had retaliated against the 25% US tariff on its goods.', '2025-09-01')).toEqual([
      'United States → Mexico 25% current',
    ]);
  });
});

describe('a past perfect act joined by "plus"', () => {
  it('dates both parts it names, which one act laid together', () => {
    expect(
      rates(
        "For two years, Washington had imposed a 20% tariff plus an additional 15% penalty on Peruvian imports, citing Lima's mining rules.",
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 20% previous', 'United States → Peru 15% previous']);
  });

  it('shows /tariff peru neither part in force', async () => {
    const { line } = await tariffPeru([
      'For two years, Washington had imposed a 20% tariff plus an additional 15% penalty on Peruvian imports.',
    ]);
    expect(line).toMatch(/^No article/u);
  });
});

describe('an offer', () => {
  it('is a proposal, not a rate in force', () => {
    expect(rates('Hanoi offered to accept a 10% tariff on its exports to the United States.', '2025-07-01')).toEqual([
      'United States → Vietnam 10% threatened',
    ]);
  });
});

describe('a level one side asks for in talks', () => {
  it('is a proposal', () => {
    expect(rates('Brussels is pushing for a 10% rate on its cars, while Washington wants 20%.', '2025-07-01')).toEqual([
      'United States → European Union 10% threatened',
      'United States → European Union 20% threatened',
    ]);
    expect(rates('New Delhi is seeking a tariff of 12% on its exports to the US.', '2025-07-01')).toEqual([
      'United States → India 12% threatened',
    ]);
  });
  it('leaves a rate a party seeks relief from in force', () => {
    expect(rates('Ottawa is seeking relief from the 35% tariff on its goods.', '2025-07-01')).toEqual([
      'United States → Canada 35% current',
    ]);
  });
});

describe('a condition on a deal before the number', () => {
  it('makes the rate a threat whatever the verb', () => {
    expect(rates('If no deal is struck by Friday, goods from Thailand face a 36% tariff.', '2025-07-20')).toEqual([
      'United States → Thailand 36% threatened',
    ]);
    expect(rates('Without an agreement, Swiss exporters pay a 31% levy.', '2025-07-20')).toEqual([
      'United States → Switzerland 31% threatened',
    ]);
  });
  it('leaves a rate it keeps in force', () => {
    expect(rates('If talks fail, the 25% tariff on Japanese cars stays.', '2025-07-20')).toEqual([
      'United States → Japan 25% current',
    ]);
  });
});

describe('a present tense before a later start', () => {
  it('is a rate to come when the words after the number give a start after the article', () => {
    expect(
      rates('The White House said Indian goods now face a 50% tariff, effective August 27.', '2025-08-08'),
    ).toEqual(['United States → India 50% scheduled']);
  });
  it('is in force once the start has passed', () => {
    expect(rates('Indian goods now face a 50% tariff, effective August 27.', '2025-08-30')).toEqual([
      'United States → India 50% current',
    ]);
  });
});

describe('a proclamation in the first person', () => {
  it('announces a change to come and leaves the old level in force', () => {
    expect(
      rates(
        '“I am hereby increasing Peruvian TARIFFS on Copper and all other goods from 10% to 20%,” Trump wrote.',
        '2026-01-27',
      ),
    ).toEqual(['United States → Peru 10% current', 'United States → Peru 20% scheduled']);
  });
});

describe('the old level of a change called a threat or a plan', () => {
  it('is a threat, not a level that held', () => {
    expect(rates('Trump cut the threatened 25% tariff on Japanese goods to 15%.', '2025-07-30')).toEqual([
      'United States → Japan 25% threatened',
      'United States → Japan 15% current',
    ]);
    expect(rates('The deal lowers the planned tariff on Thai goods from 36% to a flat 19%.', '2025-07-30')).toEqual([
      'United States → Thailand 36% threatened',
      'United States → Thailand 19% scheduled',
    ]);
  });
});

describe('a headline in title case', () => {
  it('reads its capitalised cue words as a sentence would', () => {
    expect(rates('Trump Threatens 60% Tariff on Peruvian Copper', '2025-07-30')).toEqual([
      'United States → Peru 60% threatened',
    ]);
    expect(rates('US Will Impose 40% Tariff on Chilean Goods', '2025-07-30')).toEqual([
      'United States → Chile 40% scheduled',
    ]);
    expect(rates('Colombia Would Face 30% Tariff Without a Deal', '2025-07-30')).toEqual([
      'United States → Colombia 30% threatened',
    ]);
  });
  it('reads a cue word that opens a labelled list item in lower case', () => {
    expect(rates('Peru: Set to face a 12% tariff under a preliminary deal.', '2025-07-30')).toEqual([
      'United States → Peru 12% scheduled',
    ]);
  });
  it('leaves a sentence that opens with a capital alone', () => {
    expect(rates('Will the 25% tariff on Mexican steel stay in place?', '2025-07-30')).toEqual([
      'United States → Mexico 25% current',
    ]);
  });
});

describe('the words of a rate beside another', () => {
  it('belong to that rate: only the one they stand with holds already when a start is put off', () => {
    expect(
      articleRates(
        [
          'Trump signed an order today adding a 40% tariff to the 10% already charged on Bolivian goods.',
          'The new tariffs will take effect in seven days.',
        ],
        '2025-07-30',
      ),
    ).toEqual(['United States → Bolivia 40% scheduled', 'United States → Bolivia 10% current']);
  });
});

describe('a rate told with "announcing"', () => {
  it('is a rate to come, as with "announced"', () => {
    expect(
      rates('On Friday, Trump answered Ottawa by announcing a 25% tariff on Canadian lumber.', '2025-08-03'),
    ).toEqual(['United States → Canada 25% scheduled']);
  });
});

describe('a rate a bill sets out', () => {
  it('is proposed until the bill becomes law', () => {
    expect(rates('One provision of the bill includes raising duties on goods from Iran to 300 percent.')).toEqual([
      'United States → Iran 300% threatened',
    ]);
    expect(rates('The bill, signed into law last year, imposes a 50% tariff on Chinese drones.')).toEqual([
      'United States → China 50% current',
    ]);
    expect(rates('A provision of the order imposes a 40% tariff on goods from Laos found to be transshipped.')).toEqual(
      ['United States → Laos 40% current'],
    );
  });
});

describe('a level a later change replaced', () => {
  it('is history when the predicate after a relative clause changes it', () => {
    expect(
      rates('The 25% tariff on Canadian goods, which took effect in March, was raised to 35% on Friday.', '2025-10-15'),
    ).toEqual(['United States → Canada 25% previous', 'United States → Canada 35% current']);
    expect(
      rates('The 10% tariff on British goods, which took effect in April, was left in place.', '2025-10-15'),
    ).toEqual(['United States → United Kingdom 10% current']);
  });
  it('is history when "before being cut" follows it', () => {
    expect(
      rates('Tariffs on Chinese goods were raised to 145% in April before being cut to 30% in May.', '2025-10-15'),
    ).toEqual(['United States → China 145% previous', 'United States → China 30% current']);
  });
});

describe('a rate someone expected, weighed or was spared', () => {
  it('is no rate in force', () => {
    expect(rates('Economists had expected a 20% tariff on Vietnamese goods.', '2025-10-15')).toEqual([
      'United States → Vietnam 20% threatened',
    ]);
    expect(rates('Trump said he would consider lowering the 50% tariff on India to 25%.', '2025-10-15')).toEqual([
      'United States → India 50% current',
      'United States → India 25% threatened',
    ]);
  });
  it('passes nothing on across "after agreeing to"', () => {
    expect(rates('The EU was spared a 30% tariff after agreeing to a 15% rate.', '2025-10-15')).toEqual([
      'United States → European Union 30% threatened',
      'United States → European Union 15% current',
    ]);
  });
});

describe('a level under an arrangement told as old', () => {
  it('held then', () => {
    expect(rates('Under the old arrangement, Canadian steel paid 25%.', '2025-10-15')).toEqual([
      'United States → Canada 25% previous',
    ]);
  });
});

describe('a rate feared with a start of its own', () => {
  it('is set to come', () => {
    expect(rates('Indian exporters are bracing for the 50% tariff that kicks in on Wednesday.', '2025-10-13')).toEqual([
      'United States → India 50% scheduled',
    ]);
    expect(rates('Indian exporters are bracing for a possible 50% tariff.', '2025-10-13')).toEqual([
      'United States → India 50% threatened',
    ]);
  });
});

describe('a rate someone is poised to impose', () => {
  it('is not yet imposed', () => {
    expect(rates('Trump is poised to slap a 30% tariff on South African goods.', '2025-10-15')).toEqual([
      'United States → South Africa 30% threatened',
    ]);
  });
});

describe('a level settled for after another was hoped for', () => {
  it('takes no status from the hope', () => {
    expect(rates('The EU had hoped for a 10% rate but settled for 15%.', '2025-10-15')).toEqual([
      'United States → European Union 10% threatened',
      'United States → European Union 15% current',
    ]);
  });
});

describe('a level that replaces another', () => {
  it('is the new level: in force once replaced, to come while the replacing is', () => {
    expect(rates('The 25% tariff on Japanese autos was replaced by a 15% rate in September.', '2025-10-13')).toEqual([
      'United States → Japan 25% previous',
      'United States → Japan 15% current',
    ]);
    expect(rates('The 25% tariff on Japanese autos will be replaced by a 15% rate next month.', '2025-10-13')).toEqual([
      'United States → Japan 25% current',
      'United States → Japan 15% scheduled',
    ]);
  });
  it('ends the one an aside told in place, when the predicate after the aside removes it', () => {
    expect(
      rates(
        "Canada's 25% retaliatory tariffs on US goods, in place since March, were removed on Sept. 1.",
        '2025-10-13',
      ),
    ).toEqual(['Canada → United States 25% previous']);
  });
});

describe('a day that opens the sentence before its subject and a past verb', () => {
  it('dates the telling, not a start', () => {
    const start = (sentence: string) => sentenceRates(sentence, '2025-08-03', () => []).map((r) => r.effective);
    expect(start('On Friday, Trump said he would impose a 25% tariff on Canadian lumber.')).toEqual([undefined]);
    expect(start('On Monday, the 25% tariff on Canadian lumber takes effect.')).toEqual(['2025-08-04']);
  });
});

describe('two levels joined by "or" before a threat', () => {
  it('are both the threat', () => {
    expect(
      rates(
        'Peruvian goods now pay 15%, down from the 24 percent or 25 percent that Trump had threatened.',
        '2025-09-15',
      ),
    ).toEqual([
      'United States → Peru 15% current',
      'United States → Peru 24% threatened',
      'United States → Peru 25% threatened',
    ]);
  });
});

describe('a rate that continues', () => {
  it('is in force though the sentence says "will"', () => {
    expect(rates('Korean steel and aluminium will continue to be subject to a 50% tariff.', '2025-07-31')).toEqual([
      'United States → South Korea 50% current',
    ]);
    expect(rates('Brazilian beef will continue to be charged a 26.4% duty.', '2025-07-31')).toEqual([
      'United States → Brazil 26.4% current',
    ]);
  });
});

describe("what would follow from the imposer's own choice", () => {
  it('is hypothetical, not a threat', () => {
    expect(
      rates('Should Washington halve the tariff on Thai rice, the average duty on Thai goods would fall to about 18%.'),
    ).toEqual(['United States → Thailand 18% hypothetical']);
    expect(
      rates(
        'The commerce secretary may raise the duty on Turkish steel to 40 percent if he finds that Ankara broke the quota.',
      ),
    ).toEqual(['United States → Turkey 40% hypothetical']);
  });
  it('stays a threat when the condition is the other side’s conduct or a threat is told', () => {
    expect(rates('Should Beijing retaliate, Trump would raise tariffs on Chinese goods to 100%.')).toEqual([
      'United States → China 100% threatened',
    ]);
    expect(
      rates(
        'Trump warned he may raise the duty on Turkish steel to 40 percent if he finds that Ankara broke the quota.',
      ),
    ).toEqual(['United States → Turkey 40% threatened']);
  });
});

describe("a deal's change told in the present with words of its making between", () => {
  it('is to come, and the old level holds', () => {
    expect(rates('The agreement, announced on Sunday, cuts tariffs on Japanese goods to 15%.', '2025-07-29')).toEqual([
      'United States → Japan 15% scheduled',
    ]);
    expect(
      rates('A trade pact signed on June 3, 2025 lowers duties on Vietnamese shoes from 46% to 20%.', '2025-06-10'),
    ).toEqual(['United States → Vietnam 46% current', 'United States → Vietnam 20% scheduled']);
  });
  it('is in force when the aside says the deal took effect', () => {
    expect(
      rates('The deal, which took effect on Friday, cuts tariffs on Japanese goods to 15%.', '2025-07-29'),
    ).toEqual(['United States → Japan 15% current']);
  });
});

describe('a rate a ruling nullifies or voids', () => {
  it('is ended, as one struck down or invalidated', () => {
    expect(
      rates('The judgment at once nullified several measures, including the 25% tariffs on Canadian goods.'),
    ).toEqual(['United States → Canada 25% previous']);
    expect(rates('The appeals court voided the 30% duty on Mexican tomatoes.')).toEqual([
      'United States → Mexico 30% previous',
    ]);
  });
});

describe('a rate held where it is', () => {
  it('is in force, whatever the tense of the holding', () => {
    expect(rates('Under the truce Washington will hold its tariff on Chinese goods at 30%.')).toEqual([
      'United States → China 30% current',
    ]);
    expect(rates('The US will maintain duties on Canadian lumber at 14.5 percent.')).toEqual([
      'United States → Canada 14.5% current',
    ]);
  });
  it('is not a pause held off', () => {
    expect(rates('Trump will hold off on the 25% tariff on Mexican goods.')).toEqual([
      'United States → Mexico 25% suspended',
    ]);
  });
});

describe('a rate in an order a party still waits for', () => {
  it('is to come, and the level it lowers holds', () => {
    expect(
      rates(
        'Vietnam is still waiting on an executive order to carry out its deal with Washington, including a 20% tariff on Vietnamese shoes, down from 46%.',
      ),
    ).toEqual(['United States → Vietnam 20% scheduled', 'United States → Vietnam 46% current']);
  });
  it('stays in force when the sentence says it took effect', () => {
    expect(
      rates('Swiss exporters are awaiting the formal notice of the 39% tariff, which took effect on Thursday.'),
    ).toEqual(['United States → Switzerland 39% current']);
  });
});

describe('a total a part still to come brings about', () => {
  it('comes with that part', () => {
    expect(
      rates('Trump will impose an extra 20% tariff on Brazilian goods, taking the total levy to 30 per cent.'),
    ).toEqual(['United States → Brazil 20% scheduled', 'United States → Brazil 30% scheduled']);
    expect(rates('Trump threatened a further 40% duty on Chinese goods, bringing the combined tariff to 74%.')).toEqual(
      ['United States → China 40% threatened', 'United States → China 74% threatened'],
    );
  });
  it('is in force when the part is', () => {
    expect(rates('Trump has raised tariffs on Brazilian goods by another 20%, taking the total to 30%.')).toEqual([
      'United States → Brazil 20% current',
      'United States → Brazil 30% current',
    ]);
  });
});

describe('a rate in a condition or a contracted future', () => {
  it('is hypothetical inside an "if" clause ("If they charge us 50%, …")', () => {
    expect(rates('If the US imposes a 25% tariff on Mexican goods, Mexico will respond.')).toEqual([
      'United States → Mexico 25% hypothetical',
    ]);
    expect(
      rates('Officials warned that if Washington raises its tariff on Indian goods to 50%, exports will fall.'),
    ).toEqual(['United States → India 50% hypothetical']);
  });

  it('reads "’ll" as "will": a rate to come, not one in force', () => {
    expect(rates('Washington’ll charge Brazil 50% from next month.')).toEqual(
      rates('Washington will charge Brazil 50% from next month.'),
    );
    expect(rates('Washington’ll charge Brazil 50%.')).toEqual(['United States → Brazil 50% scheduled']);
  });

  it('reads "’d" before a plain verb as "would", and before a participle as "had"', () => {
    expect(rates('If they move production home, I’d impose a 200% tariff on Irish drugs.')).toEqual(
      rates('If they move production home, I would impose a 200% tariff on Irish drugs.'),
    );
    expect(rates('Washington’d raise its tariff on Brazil to 50%, he said.')).toEqual([
      'United States → Brazil 50% scheduled',
    ]);
    expect(rates('By then Washington’d imposed a 10% tariff on Chilean goods.')).toEqual([
      'United States → Chile 10% current',
    ]);
  });
});

describe('a rate after a word of plan or intention', () => {
  it('is to come, whichever plan word tells it ("intends to", "aims to", "plan to")', () => {
    expect(rates('Washington intends to impose a 40% tariff on all goods from Peru.')).toEqual([
      'United States → Peru 40% scheduled',
    ]);
    expect(rates('The administration aims to charge a 30% duty on Chilean copper.')).toEqual([
      'United States → Chile 30% scheduled',
    ]);
    expect(rates("Trump's plan to hit Peru with a 40% import tax worries coffee roasters.")).toEqual([
      'United States → Peru 40% scheduled',
    ]);
  });
});

describe('a cut "to just" a level', () => {
  it('reads the word of size before the new level as no bound: the new level is in force', () => {
    expect(rates('Washington has slashed the tariff on most Peruvian goods from a hefty 40% to just 15%.')).toEqual([
      'United States → Peru 40% previous',
      'United States → Peru 15% current',
    ]);
    expect(rates('The deal cut the US tariff on Chilean goods from 25% to only 10%.')).toEqual([
      'United States → Chile 25% previous',
      'United States → Chile 10% current',
    ]);
  });
});

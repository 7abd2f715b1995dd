import { describe, expect, it } from 'vitest';
import { documentTerms, highlight, queryTerms, questionTerms, termOf } from '../../src/search/analyzer.ts';
import { PLAIN_WORDS } from '../../src/search/domain-vocabulary.ts';
import { QUESTION_WORDS, SYNONYMS } from '../../src/search/vocabulary.ts';

/** Both texts fold to the same terms, the first read as a passage and the second as a query. */
const same = (a: string, b: string) => expect(new Set(documentTerms(a))).toEqual(new Set(queryTerms(b)));

describe('the trade-news analyzer', () => {
  it('makes "U.S.", "US", "United States" and "America" one term, but not the pronoun "us"', () => {
    const [us] = documentTerms('United States');
    const terms = ['U.S.', 'US', 'USA', 'the United States of America', 'America', 'American', 'Washington'].map((t) =>
      documentTerms(t),
    );
    expect(terms).toEqual(Array(7).fill([us]));
    expect(documentTerms('they are coming to us')).toEqual(['come']);
    expect(queryTerms('us tariffs')).toEqual([us, 'tariff']);
  });

  it('keeps percentages and decimals whole, and reads "percent" as %', () => {
    expect(documentTerms('soared to 145%, then 10.5% or 30 percent')).toEqual(['hike', '145%', '10.5%', '30%']);
    expect(queryTerms('145 per cent')).toEqual(['145%']);
    expect(documentTerms('a 25-per-cent duty, a 10-percent levy')).toEqual(['25%', 'tariff', '10%', 'tariff']);
  });

  it('handles curly apostrophes, possessives and hyphens', () => {
    const [us] = documentTerms('United States');
    expect(documentTerms('China’s U.S.-China trade-war Commerce Ministry')).toEqual([
      'china',
      us,
      'china',
      'trade',
      'war',
      'ministri',
      'commerc',
    ]);
    expect(documentTerms('the 90-day pause')).toEqual(documentTerms('the 90 day pause'));
  });

  it('folds the domain vocabulary: tariff words, and every form of a country from the country table', () => {
    expect(new Set(documentTerms('tariff levies duties taxes'))).toEqual(new Set(['tariff']));
    expect(documentTerms('Beijing Chinese China')).toEqual(['china', 'china', 'china']);
    expect(new Set(documentTerms('EU E.U. European Union Brussels European'))).toEqual(
      new Set(documentTerms('European Union')),
    );
    expect(documentTerms('New Delhi Indian')).toEqual(['india', 'india']);
    expect(queryTerms('ottawa canadian')).toEqual(['canada']);
    expect(documentTerms('the Commerce Department')).toEqual(documentTerms('the Department of Commerce'));
  });

  it('reads a plural in -ses as its singular, which the stemmer parts from it', () => {
    expect(queryTerms('bus')).toEqual(documentTerms('buses'));
    expect(queryTerms('gas')).toEqual(documentTerms('gases'));
  });

  it('reads letters without their accents, as a reader types a name', () => {
    const [vietnam] = documentTerms('Vietnam');
    expect(documentTerms('Việt Nam will buy more American aircraft')).toContain(vietnam);
    same('talks in Bogotá with Commissioner Šefčovič', 'talks in bogota with commissioner sefcovic');
    expect(highlight('Officials in Việt Nam agreed.', new Set([vietnam!]))).toBe('Officials in **Việt Nam** agreed.');
  });

  it('reads a crash as a fall', () => {
    same('exports plunged', 'exports crashed');
  });

  it('reads a return to the table as resumed talks', () => {
    same('Ottawa will resume talks', 'is ottawa back to the table');
    same('Ottawa returns to the table', 'Ottawa restarts talks');
  });

  it('reads getting a deal over the line as finalizing it', () => {
    same('Ottawa finalized the deal', 'Ottawa got the deal over the line');
    same('to finalize the pact', 'to push the pact across the finish line');
    expect(queryTerms('he stepped over the line')).toContain(documentTerms('line')[0]);
  });

  it('reads prices pushed or driven up as a rise', () => {
    same('the shortage pushed up coffee prices', 'the shortage raised coffee prices');
    same('tariffs drove up costs', 'tariffs increased costs');
  });

  it('reads "pricier" as a price rise and "more expensive" as the price', () => {
    same('prices of cars rose', 'cars are pricier');
    same('cars costlier', 'costs climb for cars');
    same('the price of cars', 'cars are more expensive');
  });

  it('reads dissenting judges as disagreeing', () => {
    same('three judges dissented', 'three judges disagreed');
  });

  it('reads losing as the loss', () => {
    same('a loss of $3 billion', 'lost $3 billion');
    same('heavy losses', 'they lose heavily');
  });

  it('reads procuring as buying, the plain word', () => {
    same('Jakarta would procure jets', 'will jakarta buy jets');
    same('a procurement of jets', 'a purchase of jets');
  });

  it('reads a promise as the news words it: a pledge, a commitment, a vow', () => {
    same('Jakarta pledged to buy jets', 'jakarta promised to buy jets');
    same('its commitments', 'what they vowed');
    same('they committed to', 'a pledge to');
    expect(documentTerms('the committee')).not.toEqual(documentTerms('the commitment'));
  });

  it('reads what tariffs affect or impact as what they hurt or damage', () => {
    same('the sectors most affected', 'the sectors hurt most');
    same('the impact on exporters', 'damage to exporters');
    same('firms impacted by the levy', 'firms harmed by the levy');
  });

  it('reads closing, concluding, clinching and finalising a deal as one thing, but not being close to one', () => {
    same('they concluded the pact', 'they finalised the deal');
    same('to close the trade agreement', 'to clinch the trade deal');
    same('the conclusion of talks', 'finalizing talks');
    const [finalize] = documentTerms('finalize');
    expect(documentTerms('the two sides are close to a deal')).not.toContain(finalize);
  });

  it('reads writing on a platform and tweeting as posting, not writing on a day', () => {
    const [post] = documentTerms('post');
    expect(documentTerms('The minister wrote on X that talks went well.')).toContain(post);
    expect(documentTerms('as he writes on his Truth Social account')).toContain(post);
    same('she tweeted', 'she posted');
    expect(documentTerms('he wrote on Friday')).not.toContain(post);
  });

  it('folds words of the news that mean the same thing, both ways', () => {
    same('the suspension', 'suspended');
    same('a dialogue', 'talks');
    same('tit-for-tat measures', 'retaliatory measures');
    same('tit for tat', 'retaliation');
    same('the envoy', 'negotiations');
    same('a tough bargainer', 'a tough negotiator');
    same('a general 10% tariff', 'a baseline 10% levy');
    same('on Aug. 7 and Sept. 3', 'on August 7 and September 3');
    same('export curbs and restrictions', 'export controls');
    same('a waiver', 'an exemption');
    same('slapped tariffs', 'imposed tariffs');
    same('Ottawa slammed the levy and scrapped its own', 'Canada criticized the tariff and removed its own');
    same('the pause lapsed; the duties stay', 'the pause expired; the tariffs remain');
    same('an unconstitutional tariff, overturned', 'an illegal tariff, invalidated');
    same('EVs, medication and the renminbi', 'electric cars, drugs and the yuan currency');
    same('farmers', 'agriculture');
    same('the goods deficit', 'the goods gap');
    // The ways news says a measure starts.
    same('the duties enter into force on Friday', 'the tariffs take effect on Friday');
    same('the levy came into effect; the curbs go into force', 'the tariff started; the curbs start');
    same('when the duties kick in', 'when the tariffs take effect');
    same('the cut is retroactive to May 4', 'the cut is retroactive and takes effect May 4');
    same(
      'the court struck down the levies; a carve-out for cars',
      'the court invalidated the tariffs; an exemption for autos',
    );
    same('chipmakers and steelmakers resume purchases', 'semiconductor and steel restart buying');
    // A counter-tariff is a retaliatory tariff; a court that throws a levy out strikes it down.
    same('Ottawa drops its counter-tariffs', 'Canada drops its retaliatory tariffs');
    same('the judges threw out the levies', 'the justices struck down the tariffs');
    // A passage's stock market also gains the kind "market" (a reader's "how did markets react").
    expect(documentTerms('Wall Street and the Nasdaq')).toEqual(
      expect.arrayContaining(queryTerms('the stock market and Wall Street')),
    );
    same('prices in shops', 'retail prices');
    same('mostly lending', 'mostly loans');
    same('key industries', 'key sectors');
    same('Seoul will not cut ties with Beijing', 'Seoul will not decouple from China');
    // A user's "teams" at talks are the news's "sides"; what was "previously" threatened was threatened "earlier".
    same('the two sides met again', 'the two teams met again');
    same('the rate previously threatened', 'the rate threatened earlier');
    same('the previous rate', 'the earlier rate');
    // What a party gives for what it gets.
    same('in return, Ottawa lowers its duties', 'in exchange, Canada lowers its tariffs');
    same('Seoul did its side of the bargain', 'Seoul did it in exchange');
    expect(documentTerms('the return of tariffs')).not.toContain(documentTerms('in exchange')[0]);
    expect(documentTerms('the Fed cut')).toEqual(expect.arrayContaining(documentTerms('US central bank')));
    expect(documentTerms('they fed')).not.toContain(documentTerms('bank')[0]);
    // Forms of one word the stemmer leaves apart.
    same('Trump threatened tariffs', 'the threat of tariffs from Trump');
    same('economic harm', 'harm to the economy');
    same('the response of Ottawa', 'how Ottawa responded');
    same('the expiry of the deadline extension', 'when the extended deadline expires');
    // Only dotted abbreviations are months: "Jan" alone may be a name.
    expect(documentTerms('Jan Novak')).not.toContain(documentTerms('January')[0]);
    expect(documentTerms('the general public')).not.toContain(documentTerms('baseline')[0]);
  });

  it('reads plain words for going to court, approving, rejecting, quarrels, delays and refunds', () => {
    const has = (text: string, word: string) => expect(documentTerms(text)).toContain(queryTerms(word)[0]);
    same('retailers sued; the litigation drags on', 'retailers lawsuits; the lawsuit drags on');
    has('a toy maker went to court over the duties', 'lawsuit');
    has('importers that filed suit before June', 'lawsuit');
    same('firms need not be plaintiffs', 'firms need not be suing');
    same('an embargo on oil', 'a ban on oil');
    same(
      'lawmakers must ratify the pact before ratification ends',
      'lawmakers must approve the deal before approval ends',
    );
    same(
      'Seoul rebuffed the offer and turned down a second one',
      'South Korea rejected the offer and rejected a second one',
    );
    same('a feud, a spat, a fight and tensions', 'a dispute, a dispute, a dispute and disputes');
    same('the truce began on Monday; talks kicked off', 'the pause started on Monday; talks started');
    same('if the tariffs go ahead; they went ahead', 'if the tariffs take effect; they took effect');
    same('small packages', 'small parcels');
    same('the White House invoked a 1974 law', 'the White House used a 1974 law');
    same('Ottawa will hold off and put off the vote', 'Canada will delay and delay the vote');
    has('Brussels pushed back the deadline', 'delay');
    expect(documentTerms('exporters pushing back on the duties')).not.toContain(queryTerms('delay')[0]);
    same('customs will repay importers and reimburse brokers', 'customs will refund importers and refund brokers');
    has('when do I get my money back', 'refund');
    same('product exclusions', 'product exemptions');
  });

  it('reads an adverb in -ly as its adjective, and leaves words in -ly that are no adverbs', () => {
    same('reportedly, firstly, temporarily, significantly', 'reported, first, temporary, significant');
    expect(termOf('increasingly')).not.toBe(termOf('increase'));
    expect(['supply', 'supplied', 'anomaly', 'anomalies', 'early', 'assembly', 'assembled'].map(termOf)).toEqual([
      'suppli',
      'suppli',
      'anomali',
      'anomali',
      'earli',
      'assembl',
      'assembl',
    ]);
  });

  it('reads the news’s words for rises and falls, worries, aid, lawmakers and revenue', () => {
    same('prices plunged, plummeted, tumbled and slumped', 'prices dropped, cut and decreased');
    same('prices spiked and skyrocketed after the boost', 'prices climbed and soared after the increase');
    same('shoppers and consumers fear higher prices', 'buyers and customers worry about higher prices');
    same('a bailout and assistance for growers', 'aid and aid for growers');
    same('lawmakers and legislators', 'the legislature and parliament');
    same('Congress, congressional', 'lawmakers, lawmaker');
    same('lined up a list', 'preparing a list');
    same('items launched by the ministry', 'goods started by the ministry');
    expect(documentTerms('the ministry declined to comment')).not.toContain(queryTerms('cut')[0]);
    // What tariffs bring in is their revenue.
    same('the levies brought in $30 billion', 'the tariffs revenue $30 billion');
    same('customs collected the proceeds', 'customs revenue the revenue');
  });

  it('reads the past of the verbs events are told with as a question’s present', () => {
    same('talks led by the envoy', 'talks lead by the envoy');
    same('Delhi sent an adviser and held talks', 'India sends an adviser and holds talks');
    same('firms sold less and bought more, and paid the levy', 'firms sell less and buy more, and pay the tariff');
    same('exports fell while imports rose', 'exports drop while imports climb');
    same('they struck a deal and sought relief', 'they strike a deal and seek relief');
  });

  it('reads plain words for clothes and shoes, heads of government, demands, stances and counter-measures', () => {
    same('apparel, garments and footwear', 'clothing, clothes and shoes');
    expect(documentTerms('the premier spoke')).toEqual(queryTerms('the prime speaks'));
    expect(queryTerms('prime minister')).toContain(documentTerms('premier')[0]);
    same(
      'Beijing urged Washington to act and called on Tokyo to wait',
      'China demands the US act and demands Japan wait',
    );
    same('the American stance and posture', 'the US position and position');
    same('an initial list of potential targets', 'a first list of possible targets');
    same(
      'counter-duties, counter-levies and counter-tariffs',
      'retaliatory tariffs, retaliation tariffs and retaliation tariffs',
    );
    same('ties between the two countries', 'relations between the two countries');
    same('a confrontation, a clash', 'a fight, a dispute');
    same('back at the negotiating table', 'back in negotiations');
  });

  it('reads a noun the stemmer leaves apart from its verb as the verb', () => {
    same(
      'their descriptions; Ottawa decided; the imposition and expansion of levies',
      'they describe; Canada decision; impose and expand tariffs',
    );
  });

  it('reads "without tariffs", "free of duties" and "exempt from levies" as "tariff-free" says it', () => {
    same('duty-free quotas', 'quotas without taxes');
    same('goods enter tariff-free', 'goods enter free of any duties');
    same('tariff free entry', 'entry exempt from levies');
  });

  it('reads taking off or dropping a tariff as removing it, but not a tariff that drops', () => {
    const removes = (text: string) => documentTerms(text).includes(termOf('remove')!);
    expect(removes('the onus is on Seoul to take off these tariffs')).toBe(true);
    expect(removes('Ottawa will take the duties off next week')).toBe(true);
    expect(removes('Brussels dropped its levies on bourbon')).toBe(true);
    expect(removes('a drop in the tariffs would save jobs')).toBe(false);
    expect(removes('the duties dropped to 10% in May')).toBe(false);
  });

  it('reads a phrasal verb with a pronoun between the verb and its particle as the verb alone', () => {
    same('the judges threw them out', 'the judges threw out');
    same('the judges threw them out', 'the judges struck down');
    same('the court struck it down', 'the court invalidated');
    same('Tokyo turned it down', 'Tokyo rejected');
    same('Ottawa put it off', 'Ottawa delayed');
    same('Brussels pushed it back', 'Brussels delayed');
  });

  it('reads a seat of government typed in lower case as the government ("white house"), not as a home', () => {
    expect(questionTerms('why does the white house say so')).toEqual(questionTerms('why does the White House say so'));
    expect(questionTerms('why does the white house say so')).not.toContain(questionTerms('house')[0]);
  });

  it('reads an acronym typed in lower case in a question as the acronym ("eu", "u.s.", "ustr")', () => {
    expect(questionTerms('eu tariffs on uk steel')).toEqual(questionTerms('EU tariffs on UK steel'));
    expect(questionTerms('did the u.s. or the usa sign?')).toEqual(questionTerms('did the U.S. or the USA sign?'));
    expect(questionTerms('what did ustr say')).toEqual(questionTerms('what did USTR say'));
    expect(questionTerms('what did the pm say')).toEqual(questionTerms('what did the prime minister say'));
  });

  it('drops a user\'s "guy", which names no subject: a passage quoting "you guys" is no likelier to answer', () => {
    expect(questionTerms('what did the treasury guy say')).toEqual(questionTerms('what did the treasury say'));
  });

  it('drops a user\'s request to the channel ("can someone explain", "does anybody know"), which names no subject', () => {
    expect(questionTerms('can someone explain what a quota is?')).toEqual(questionTerms('what is a quota?'));
    expect(questionTerms('does anybody know when the duty starts?')).toEqual(
      questionTerms('when does the duty start?'),
    );
  });

  it('reads talking by telephone as a call ("spoke by phone", "get him on the phone"), not the goods "phone"', () => {
    const call = queryTerms('call')[0];
    expect(questionTerms('who is Lima trying to get on the phone?')).toContain(call);
    expect(documentTerms('the two leaders spoke by phone on Monday')).toContain(call);
    expect(documentTerms('in a phone conversation with the premier')).toContain(call);
    expect(documentTerms('tariffs on smartphones and laptops')).not.toContain(call);
  });

  it('reads softwood and hardwood as kinds of lumber, each keeping its own word', () => {
    const lumber = queryTerms('lumber')[0];
    expect(queryTerms('timber')).toEqual([lumber]);
    expect(documentTerms('duties on Canadian softwood')).toEqual(expect.arrayContaining([lumber, 'softwood']));
    expect(documentTerms('a probe of hardwood imports')).toContain(lumber);
  });

  it('reads a reader\'s "papers" as the press the news names (newspapers, a tabloid), not the goods "paper"', () => {
    const press = documentTerms('the press')[0];
    expect(questionTerms('what are the papers saying')).toContain(press);
    expect(documentTerms('a Zurich tabloid and two newspapers')).toEqual(expect.arrayContaining([press]));
    expect(documentTerms('tariffs on pulp and paper')).not.toContain(press);
  });

  it('keeps "customs" apart from "customers", "news" from "new" and "goods" from "good", which share their stems', () => {
    expect(documentTerms('customs officers')).not.toContain(queryTerms('customers')[0]);
    expect(documentTerms('the news conference')).not.toContain(queryTerms('new')[0]);
    expect(queryTerms('customs duties')).toEqual(documentTerms('customs tariffs'));
    expect(documentTerms('a good call')).not.toContain(queryTerms('goods')[0]);
    expect(new Set(documentTerms('goods, products and merchandise'))).toEqual(new Set(queryTerms('goods')));
  });

  it('reads "$350bn" as billions and "30 %" as 30%', () => {
    expect(documentTerms('a $350bn fund')).toEqual(documentTerms('a $350 billion fund'));
    expect(documentTerms('threats of 30 % tariffs')).toEqual(documentTerms('threats of 30% tariffs'));
  });

  it('knows every sovereign state by its name, its people and its capital, from the world-countries data', () => {
    const [kenya] = documentTerms('Kenya');
    expect(new Set(queryTerms('Kenyan tea'))).toEqual(new Set([kenya, 'tea']));
    // Kenya is in the country table, whose capitals stand for their country; Tuvalu is not.
    expect(documentTerms('talks in Nairobi')).toEqual(['talk', kenya]);
    expect(documentTerms('talks in Funafuti')).toEqual(['talk', 'funafuti', documentTerms('Tuvalu')[0]]);
    expect(new Set(documentTerms('Nicaraguan coffee'))).toEqual(new Set(queryTerms('Nicaragua coffee')));
    expect(documentTerms('Ivory Coast cocoa')).toEqual(queryTerms('Ivorian cocoa'));
    expect(documentTerms('Swaziland sugar')).toEqual(queryTerms('Eswatini sugar'));
    // A capital is a place only with its capital letter; a two-letter code is no name ("AM" is Armenia's).
    expect(documentTerms('male workers')).toEqual(['male', 'worker']);
    expect(documentTerms('talks at 9 AM')).not.toContain(documentTerms('Armenia')[0]);
    // A demonym two states share names neither; the country table keeps its own forms.
    expect(documentTerms('Dominican cigars')).toEqual(['dominican', 'cigar']);
    expect(documentTerms('Turkish steel')).toEqual(documentTerms('Turkey steel'));
  });

  it('gives leaders, ministers and central banks their country and office', () => {
    const has = (text: string, words: string) =>
      expect(documentTerms(text)).toEqual(expect.arrayContaining(queryTerms(words)));
    has('Erdogan spoke on Friday', 'Turkish president');
    has('Sitharaman presented the budget', 'Indian finance minister');
    has('Alckmin said exporters would adapt', 'Brazilian vice president');
    has('the ECB held rates', 'European central bank');
    has('Rubio met his counterpart', 'US secretary of state');
    // A surname that is also a word or a company stands alone for no one ("Ford" the carmaker).
    expect(documentTerms('Ford builds trucks')).not.toContain(documentTerms('Canada')[0]);
  });

  it('folds no word of the vocabulary to a framing word of questions, which questions drop', () => {
    // "accord" as a deal would have made every question's "deal" the framing "according".
    const framing = new Set([...QUESTION_WORDS].map((w) => termOf(w)));
    const words = [SYNONYMS, PLAIN_WORDS].flatMap((table) => Object.entries(table).flat());
    expect(words.filter((w) => framing.has(termOf(w)))).toEqual([]);
    expect(questionTerms('Did the agreement cut the levy, according to Ottawa?')).toEqual(
      queryTerms('deal cut tariff canada'),
    );
  });

  it('bolds the words of a passage that matched, phrases whole', () => {
    const terms = new Set(queryTerms('US levies on Beijing'));
    expect(highlight('The United States raised duties on Chinese goods.', terms)).toBe(
      'The **United States** raised **duties** on **Chinese** goods.',
    );
  });
});

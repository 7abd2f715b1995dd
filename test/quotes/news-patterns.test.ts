import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';

/** Each quotation's speaker (null: unknown) in an article made of `paragraphs`. */
function speakersOf(...paragraphs: string[]): (string | null)[] {
  const { speakers, quotes } = attributeQuotes(articleOf('probe', '2025-06-01', paragraphs));
  return quotes.map((q) => (q.speaker === null ? null : (speakers[q.speaker]?.name.join(' ') ?? '?')));
}

/**
 * How news English attributes speech, one class per case, in sentences of our own: each case is a
 * short article and the speaker of each of its quotations in order.
 */
const CASES: [string, string[], (string | null)[]][] = [
  ['X said', ['"Talks went well," Maria Okonkwo said.'], ['Maria Okonkwo']],
  ['said X', ['"Talks went well," said Maria Okonkwo.'], ['Maria Okonkwo']],
  ['X, the Y, said', ['"We will not blink," Tomas Brandt, the German economy minister, said.'], ['Tomas Brandt']],
  ['said X, the Y', ['"We will not blink," said Tomas Brandt, the German economy minister.'], ['Tomas Brandt']],
  ['X said before', ['Maria Okonkwo said: "Talks went well."'], ['Maria Okonkwo']],
  ['X said that', ['Maria Okonkwo said that the talks had "gone well" overall.'], ['Maria Okonkwo']],
  ['title name said', ['"The door is open," Finance Minister Lars Holm told reporters on Tuesday.'], ['Lars Holm']],
  [
    'according to X',
    ['The cuts are "only a first step," according to Priya Nair, an economist at Harlow Bank.'],
    ['Priya Nair'],
  ],
  ['According to X opening', ['According to Priya Nair, the cuts are "only a first step."'], ['Priya Nair']],
  [
    'pronoun continuation',
    ['Trade Secretary Helen Marsh met exporters on Monday.', '"We hear you," she said.'],
    ['Helen Marsh'],
  ],
  [
    'surname to full name',
    ['Paul Dufresne, the French trade minister, arrived on Monday.', '"We are close," Dufresne said.'],
    ['Paul Dufresne'],
  ],
  [
    'passive agent: framed by X as',
    ['Critics were unmoved by what was framed by Lena Marks as a "fair bargain" for farmers.'],
    ['Lena Marks'],
  ],
  [
    'passive agent after a role: seen by the minister as',
    [
      'Trade Minister Kenji Oda arrived on Monday.',
      'The offer, seen by the minister as "a serious step forward", was sent to Seoul.',
    ],
    ['Kenji Oda'],
  ],
  [
    'surname opening with a particle, mid-sentence',
    ['Commission chief Greta van der Berg spoke first.', 'Hours later, "We stand ready," van der Berg told reporters.'],
    ['Greta van der Berg'],
  ],
  [
    'an agency whose name holds "and"',
    [
      'U.S. Customs and Border Protection said on Friday the goods "must be declared at entry."',
      '"The rule applies to every shipment," the Food and Drug Administration said.',
    ],
    ['U.S. Customs and Border Protection', 'Food and Drug Administration'],
  ],
  [
    'a pronoun after an adverbial with no comma',
    ['Trade Minister Kenji Oda arrived on Monday.', 'In a later post he said the offer was "dead on arrival."'],
    ['Kenji Oda'],
  ],
  [
    'X said …, according to an outlet',
    ['Finance Minister Lars Holm said the levy was "a serious mistake," according to Reuters.'],
    ['Lars Holm'],
  ],
  [
    'a spokesperson for a body, named beside it',
    ['"This is coercion," a spokesperson for the Ruritanian foreign ministry, Ana Vell, said on Monday.'],
    ['Ana Vell'],
  ],
  [
    'a hyphenated title before the name',
    ['Speaking in Geneva, Director-General Tomas Brandt urged both sides to "step back."'],
    ['Tomas Brandt'],
  ],
  [
    'a body by its noun before its paragraph names it',
    [
      '"Countermeasures are ready," the commission said, a day before the European Commission published its list.',
      '"We will act," the ministry said.',
    ],
    ['European Commission', null],
  ],
  [
    'a Title Case name before its noun, opening the sentence, is no quotation',
    ['"Freedom Week" tariffs announced on Friday hit dozens of countries.', '"Talks went well," said Maria Okonkwo.'],
    ['Maria Okonkwo'],
  ],
  [
    'surname misspelt by a letter',
    ['Paul Dufresne, the French trade minister, arrived on Monday.', '"We are close," Dufresn told reporters.'],
    ['Paul Dufresne'],
  ],
  [
    'a surname a letter from two people is taken for neither',
    ['Lena Marks and Otto Mark, both union leaders, arrived on Monday.', '"We are close," Marko said.'],
    ['Marko'],
  ],
  [
    'honorific and surname',
    ['Anna Feld, who heads the chamber of commerce, spoke on Monday.', '"Costs will rise," Ms Feld said.'],
    ['Anna Feld'],
  ],
  [
    'paragraph carry-over',
    [
      '"Costs will rise," said Anna Feld, an importer in Ohio.',
      '"We cannot absorb all of it. Our customers will pay."',
    ],
    ['Anna Feld', 'Anna Feld'],
  ],
  [
    'the minister said, title given before',
    ['Trade Minister Kenji Oda arrived in Washington.', '"We want a fair deal," the minister said.'],
    ['Kenji Oda'],
  ],
  [
    'organisation said',
    ['"The measures violate trade rules," the European Commission said in a statement.'],
    ['European Commission'],
  ],
  [
    'the ministry said after its full name',
    ["China's Ministry of Commerce criticised the move.", '"We firmly oppose it," the ministry said.'],
    ["China's Ministry of Commerce"],
  ],
  [
    'in a statement',
    ['In a statement, the Canadian Steel Producers Association said the tariffs were "devastating."'],
    ['Canadian Steel Producers Association'],
  ],
  ['wrote on social media', ['"Tariffs are working," Donald Trump wrote on social media on Sunday.'], ['Donald Trump']],
  [
    'post said',
    ['Donald Trump posted on his platform late on Friday.', '"The deal is done," the post said.'],
    ['Donald Trump'],
  ],
  [
    'joint',
    ['"We will keep talking," Maria Okonkwo and Paul Dufresne said in a joint statement.'],
    ['Maria Okonkwo and Paul Dufresne'],
  ],
  ['said X, who', ['"It is a sad day," said Rafael Costa, who runs a steel mill near Porto.'], ['Rafael Costa']],
  ['interrupted quote', ['"We are ready," Rafael Costa said, "but we are worried."'], ['Rafael Costa', 'Rafael Costa']],
  ['verb after time phrase', ['Rafael Costa on Monday said the plan was "a disaster" for farmers.'], ['Rafael Costa']],
  ['added', ['Rafael Costa, a farmer, called the plan unfair.', '"Nobody asked us," he added.'], ['Rafael Costa']],
  [
    'an office of a titled holder',
    ['"The tariffs are a mistake," Prime Minister Narendra Modi\'s office said.'],
    ['Narendra Modi'],
  ],
  [
    'a company by its first word',
    ['Ford Motor Co. raised prices.', '"We have no choice," Ford said.'],
    ['Ford Motor Co'],
  ],
  [
    'a side for its government',
    ['"We hope the US will meet us halfway," the Chinese side said.', '"Dialogue is the way," the U.S. side said.'],
    ['China', 'United States'],
  ],
  [
    'a surname of several words, capitalised at the start',
    ['Ursula von der Leyen spoke to Donald Trump.', 'Von der Leyen said she needed time to "reach a good deal."'],
    ['Ursula von der Leyen'],
  ],
  [
    'a name right before the verb, after a conjunction',
    ['The pause came after Ines Moreau said she wanted "more time to talk."'],
    ['Ines Moreau'],
  ],
  [
    'an ampersand inside a name',
    ['The Harlow Arts Foundation & Institute said the advert used "selective audio."'],
    ['Harlow Arts Foundation & Institute'],
  ],
  [
    'a body by its country and kind',
    ["China's Commerce Ministry replied on Monday.", '"The measures break the rules," the Chinese ministry said.'],
    ["China's Commerce Ministry"],
  ],
  [
    'a document of its author, and a clause that only starts with one',
    [
      '"Your rates will fall," Donald Trump\'s letter to the prime minister said.',
      'Donald Trump\'s post came after Ines Moreau said she had a "good call" with him.',
    ],
    ['Donald Trump', 'Ines Moreau'],
  ],
  [
    'a new paragraph whose narration puts someone else forward',
    ['"We will respond," Mark Carney said.', 'Press secretary Dana Holt backed the plan. "Nobody wins a trade war."'],
    ['Mark Carney', 'Dana Holt'],
  ],
  ['told outlet', ['"We are preparing for the worst," Ines Moreau told Reuters.'], ['Ines Moreau']],
  ['in an interview', ['Ines Moreau said in an interview that the levies were "a tax on families."'], ['Ines Moreau']],
  [
    'spokesperson unnamed for ministry',
    ['"We have lodged a protest," a spokesperson for the Japanese foreign ministry said.'],
    ['Japanese foreign ministry'],
  ],
  ['colon after name', ['Ines Moreau was blunt: "This will hurt."'], ['Ines Moreau']],
  [
    'quote-only paragraph after narration naming speaker',
    ["Ines Moreau, who chairs the exporters' group, sees little room to move.", '"This will hurt everyone."'],
    ['Ines Moreau'],
  ],
  [
    'the president said, named elsewhere',
    ['President Donald Trump signed the order on Monday.', '"It is a great day," the president said.'],
    ['Donald Trump'],
  ],
  // Unnamed but for the body they serve: news and its readers call them by it.
  ['White House official unnamed', ['"We expect a deal soon," a White House official said.'], ['White House official']],
  [
    'an unnamed official of a body, with an aside before the verb',
    [
      'One senior Lindovian Trade Ministry official, speaking on condition of anonymity, told reporters, "The deal is done."',
    ],
    ['senior Lindovian Trade Ministry official'],
  ],
  ['an official of no body named is unknown', ['"We expect a deal soon," a senior official said.'], [null]],
  [
    'the office of a province named with the place the title leaves out ("the Ontario premier")',
    [
      'Premier Tom Reddick spoke in Port Alder on Thursday.',
      'The Norland premier stressed "we can hit back" against the levies.',
    ],
    ['Tom Reddick'],
  ],
  // Described, not named: the description is the speaker, and "the official" later is that one again.
  [
    '"the official" after an official described by the body they serve',
    [
      'A senior Lindovian Trade Ministry official told reporters the talks had stalled.',
      '"We have no hope of quick relief," the official said.',
    ],
    ['senior Lindovian Trade Ministry official'],
  ],
  [
    'a report that quoted someone as saying passes on their words',
    [
      'Trade Minister Lars Holm met exporters.',
      '"Nothing is settled," a Harlow Times report quoted a White House official as saying.',
    ],
    ['White House official'],
  ],
  [
    'a body news writes in lower case describes an official too',
    ['"We expect a deal soon," a senior administration official told reporters.'],
    ['senior administration official'],
  ],
  [
    "a word of a description is no one's name",
    [
      'Trade Minister Ana Harlow met exporters on Monday.',
      '"We expect a deal soon," a Harlow Port Authority official said.',
      '"Talks are going well," Harlow said.',
    ],
    ['Harlow Port Authority official', 'Ana Harlow'],
  ],
  [
    'a briefing question after "asked:" quotes someone of its own',
    [
      'At the regular press conference, a reporter asked: Karl Voss issued a statement on Tuesday, once again calling on Lindovia to act, and stating that "the ball is in Lindovia\'s court". What is your comment?',
    ],
    ['Karl Voss'],
  ],
  [
    'a dateline in Title Case closed by ".-" names no one',
    [
      'President Ana Robles announced a call with Washington.',
      'Puerto Lindo.- “This week we have a call scheduled,” the head of the Executive revealed at her press conference.',
    ],
    ['Ana Robles'],
  ],
  [
    '"the spokesperson" after a spokesperson named in an appositive after the verb',
    [
      'The EU froze its countermeasures to "give talks a chance."',
      '"We want a fair outcome," said Novak’s spokesperson, Ana Brel, at a briefing.',
      'The aim is to "avoid a harmful escalation," the spokesperson added.',
    ],
    ['EU', 'Ana Brel', 'Ana Brel'],
  ],
  [
    'a spokesman known by whom he speaks for is not the person named before ("the Prime Minister’s official spokesman")',
    [
      'Ministers will stay calm, the government said, after Karl Voss threatened levies on Nordland steel.',
      'Asked about the threat, the Prime Minister’s official spokesman said the two countries “talk every week about trade”.',
      'He added: “We will keep talking to our friends in Washington.”',
    ],
    ['Prime Minister’s official spokesman', 'Prime Minister’s official spokesman'],
  ],
  [
    '"the spokesperson" after "a spokesperson for the ministry, Lin Wei,"',
    [
      'A spokesperson for the Lindovian trade ministry, Lin Wei, said the country "objects firmly."',
      'Lindovia will "respond in kind," the spokesperson said.',
    ],
    ['Lin Wei', 'Lin Wei'],
  ],
  [
    'sentence-initial word is not a name',
    ['Costs rose in May.', 'Retailers said prices would "go up again" in the autumn.'],
    [null],
  ],
  [
    'sentence-initial name with a capital inside it',
    ['Costs rose in May.', 'VantaBank said the risks to growth were "clearly downwards" this year.'],
    ['VantaBank'],
  ],
  [
    'sentence-initial surname with a capital inside it',
    ['Costs rose in May.', 'McAllister said the levies were "a tax on our farmers."'],
    ['McAllister'],
  ],
  [
    'said in the passive report',
    ['"Nothing is settled," Ines Moreau, chief negotiator for the bloc, told journalists in Brussels.'],
    ['Ines Moreau'],
  ],
  [
    'she said later paragraphs',
    ['Helen Marsh flew to Ottawa on Monday.', 'Ministers met for two hours.', '"It was useful," she said.'],
    ['Helen Marsh'],
  ],
  [
    'speaking to reporters, X said',
    ['Speaking to reporters aboard his plane, Donald Trump said the talks were "going very well."'],
    ['Donald Trump'],
  ],
  [
    'in a post, X wrote',
    ['In a post on his social media platform, Donald Trump wrote: "China has been warned."'],
    ['Donald Trump'],
  ],
  [
    'descriptive noun refers back',
    ['Donald Trump spoke at a rally in Ohio.', '"We are winning," the 79-year-old said.'],
    ['Donald Trump'],
  ],
  ['a body whose name takes the article', ['"Rates will stay where they are," the Fed said in a statement.'], ['Fed']],
  [
    'adverb before the pronoun',
    ['Asked whether a deal was close, Donald Trump said: "Very close."', 'Later he added: "We will see."'],
    ['Donald Trump', 'Donald Trump'],
  ],
  [
    'quotation alone after a line of narration',
    [
      '"We will respond," Mark Carney said on Friday.',
      'The levies took effect at midnight.',
      '"Canada will not be bullied."',
    ],
    ['Mark Carney', 'Mark Carney'],
  ],
  [
    'spokesperson named with ministry title',
    ['"We will take firm countermeasures," foreign ministry spokesperson Lin Jian told a regular press briefing.'],
    ['Lin Jian'],
  ],
  ['the people said, unnamed', ['The plan is "nearly final," the people said, asking not to be named.'], [null]],
  [
    'name with accents, surname without',
    ['Maroš Šefčovič, the EU trade commissioner, flew to Washington.', '"We need clarity," Sefcovic said.'],
    ['Maroš Šefčovič'],
  ],
  [
    'two quotes, second continues in same paragraph',
    ['"We are ready," Mark Carney said on Tuesday. "We will respond with force."'],
    ['Mark Carney', 'Mark Carney'],
  ],
  [
    'an office speaks for its holder',
    ['"The prime minister has been clear," Mark Carney\'s office said in a statement.'],
    ['Mark Carney'],
  ],
  [
    'told reporters pronoun after object',
    ['Reporters asked Mark Carney about the levy.', '"It is unjustified," he told them.'],
    ['Mark Carney'],
  ],
  ['company chief', ['"Our prices will rise," the company\'s chief executive, Jane Roe, said.'], ['Jane Roe']],
  [
    'name then title then verb long',
    ['"Everyone loses in a trade war," said Diane Swonk, chief economist at KPMG, in a note to clients.'],
    ['Diane Swonk'],
  ],
  [
    'quote before, speaker paragraph earlier, he said',
    [
      'Kevin Hassett, the director of the National Economic Council, was asked about the talks on Sunday.',
      '"We think there will be a deal," Hassett said. "But it is not done."',
    ],
    ['Kevin Hassett', 'Kevin Hassett'],
  ],
  [
    'dash signature',
    ['Steel makers were angry. "This is a betrayal," said the head of the industry body, Carla Mendes.'],
    ['Carla Mendes'],
  ],
  [
    'wrote in a letter',
    ['"Your tariffs will be lowered," Donald Trump wrote in a letter to the Japanese prime minister.'],
    ['Donald Trump'],
  ],
  [
    'X warned that',
    ['Canada\'s finance minister, François-Philippe Champagne, warned that Ottawa would "not sit idly by."'],
    ['François-Philippe Champagne'],
  ],
  // A speaker with no speech verb: a label before a colon, a name that signs the quotation.
  [
    'a name before a colon, headline style',
    ['Halvorsen: "We are not in a hurry."', 'Treasury Secretary Erik Halvorsen spoke on Tuesday.'],
    ['Erik Halvorsen'],
  ],
  [
    'a word before a colon that the article never uses as a name',
    ['Related: "Tariffs are here to stay."', 'Treasury Secretary Erik Halvorsen spoke on Tuesday.'],
    [null],
  ],
  [
    'a name and its topic before a colon',
    ['Treasury Secretary Erik Halvorsen on the talks: "We are close."'],
    ['Erik Halvorsen'],
  ],
  ['a name, in a post, before a colon', ['Mark Carney, in a post on X: "Canada will respond."'], ['Mark Carney']],
  [
    'a colon after words that name no one: the one put forward',
    ['Helen Marsh flew to Ottawa on Monday.', 'Her message to Washington was simple: "Back off."'],
    ['Helen Marsh'],
  ],
  [
    'a lower-case word after a colon is a term',
    ['Donald Trump spoke on Monday.', 'The new levies have a name: "reciprocal."'],
    [],
  ],
  [
    'a name that signs the quotation',
    ['"We firmly oppose the measures," foreign ministry spokesman Lin Jian.'],
    ['Lin Jian'],
  ],
  [
    'a dash and a name after the quotation',
    ['"Tariffs are taxes on our own people." — Maria Okonkwo, chief economist at Harlow Bank'],
    ['Maria Okonkwo'],
  ],
  [
    'a source in brackets after the quotation is no signature',
    ['Donald Trump said the tariffs were "working very well" (Reuters)'],
    ['Donald Trump'],
  ],
  [
    'words after the quotation that name no one',
    ['Ines Moreau spoke on Friday.', 'She called the deal "a win for both sides" in Geneva and Rome.'],
    ['Ines Moreau'],
  ],
  // Quotations split around the attribution, and short whole sentences in marks.
  [
    'split around "said the minister"',
    ['Trade Minister Kenji Oda arrived on Monday.', '"This," said the minister, "is not acceptable."'],
    ['Kenji Oda', 'Kenji Oda'],
  ],
  [
    'split around "said one trader": both unnamed',
    ['Mark Carney spoke on Monday.', '"Prices will rise," said one trader, "and nobody knows how far."'],
    [null, null],
  ],
  [
    'a short sentence in marks after a question',
    ['"Why now?" asked Ana Vell, a union leader. "Nobody knows."'],
    ['Ana Vell', 'Ana Vell'],
  ],
  ['British punctuation outside the marks', ['"We will not be rushed", Rachel Reeves told MPs.'], ['Rachel Reeves']],
  [
    'a quotation after "adding:"',
    ['Piyush Goyal said India wanted a deal, adding: "We will not be rushed."'],
    ['Piyush Goyal'],
  ],
  // Spokespeople named by the body they speak for.
  [
    'a spokesperson named by their body',
    [
      '"We remain in close contact," a Downing Street spokesperson said.',
      '"We have no plans to raise prices," a Toyota spokesman said.',
    ],
    ['Downing Street', 'Toyota'],
  ],
  [
    "the body's spokesman",
    ["China's Commerce Ministry issued new rules.", '"We oppose the move," the ministry\'s spokesman said.'],
    ["China's Commerce Ministry"],
  ],
  [
    'the body spokesperson titled before is that person',
    [
      'Foreign ministry spokesperson Lin Jian spoke on Monday.',
      '"We oppose it," the foreign ministry spokesperson said.',
    ],
    ['Lin Jian'],
  ],
  [
    "the body's spokesperson, named beside it",
    ['The foreign ministry\'s spokesperson, Mao Ning, said Beijing would "fight to the end."'],
    ['Mao Ning'],
  ],
  // Statements and posts.
  [
    'according to a statement named by its author',
    ['According to a White House statement, the deal "opens new markets."'],
    ['White House'],
  ],
  [
    'according to a statement from, after the quotation',
    ['"The measures are discriminatory," according to a statement from the Ministry of Commerce.'],
    ['Ministry of Commerce'],
  ],
  [
    'read a statement from',
    ['"We regret the decision," read a statement from the Ministry of Commerce.'],
    ['Ministry of Commerce'],
  ],
  [
    'a joint statement: the two parties last named, a capital standing for its country',
    ['Officials from India and Japan met in Tokyo.', 'A joint statement said both would "deepen cooperation."'],
    ['India and Japan'],
  ],
  ['wrote on Truth Social', ['"China has been warned!" Donald Trump wrote on Truth Social.'], ['Donald Trump']],
  [
    'writing on a platform, said',
    ['Donald Trump, writing on Truth Social, said the rate would be "much higher."'],
    ['Donald Trump'],
  ],
  [
    'told reporters aboard a plane',
    ['"It will happen soon," Donald Trump told reporters aboard Air Force One.'],
    ['Donald Trump'],
  ],
  // Wire and Asian English.
  [
    'quoted as saying by an agency',
    ['"India will not be rushed," Piyush Goyal was quoted as saying by PTI.'],
    ['Piyush Goyal'],
  ],
  [
    'an agency quoted someone as saying',
    ['Xinhua quoted Wang Wentao as saying China would "fight to the end."'],
    ['Wang Wentao'],
  ],
  [
    "told a broadcaster's programme",
    ['"We will protect jobs," Rachel Reeves told the BBC\'s Today programme.'],
    ['Rachel Reeves'],
  ],
  ['Mr without a dot', ['Keir Starmer spoke in Leeds.', '"We will keep talking," Mr Starmer said.'], ['Keir Starmer']],
  ['people familiar with the matter', ['The deal is "close to done," people familiar with the matter said.'], [null]],
  // Partial quotations and scare quotes.
  [
    'as X put it',
    ['Ines Moreau spoke to farmers on Friday.', 'The plan is, as Moreau put it, "a tax on families."'],
    ['Ines Moreau'],
  ],
  [
    'in what X called',
    ['Mark Carney hit back on Monday, in what he called "a defence of our workers."'],
    ['Mark Carney'],
  ],
  ['a one-word scare quote', ['Duties on "non-essential" goods rose again.'], []],
  [
    'a nested quotation in single marks',
    ['“He told me ‘no deal,’ and I believed him,” Mark Carney said.'],
    ['Mark Carney'],
  ],
  // Role nouns of business and diplomatic news.
  [
    'the Canadian leader for a prime minister titled without a country',
    ['Prime Minister Mark Carney spoke in Ottawa.', '"We will not back down," the Canadian leader said.'],
    ['Mark Carney'],
  ],
  [
    'the Chinese leader is the one titled with China, not a president titled with no country',
    [
      'Chinese President Xi Jinping spoke by phone with President Donald Trump.',
      '"We should be partners," the Chinese leader said.',
    ],
    ['Xi Jinping'],
  ],
  [
    'the Indian minister',
    ['Commerce Minister Piyush Goyal spoke in Delhi.', '"India will not be rushed," the Indian minister said.'],
    ['Piyush Goyal'],
  ],
  [
    'a company by what it is',
    [
      'Toyota Motor Corp cut its outlook on Thursday.',
      '"Costs have risen sharply," the automaker said.',
      'Goldman Sachs raised its forecast.',
      '"Risks remain high," the lender said in a note.',
    ],
    ['Toyota Motor Corp', 'Goldman Sachs'],
  ],
  [
    'the bank is the body whose name says so',
    [
      'The Bank of Japan kept rates on hold, the Nikkei Shimbun reported.',
      '"Uncertainty over trade remains high," the bank said.',
    ],
    ['Bank of Japan'],
  ],
  [
    'the bloc',
    ['The European Union offered new talks to China.', '"We prefer a negotiated outcome," the bloc said.'],
    ['European Union'],
  ],
  [
    'the press secretary named before',
    [
      'Karoline Leavitt, the White House press secretary, briefed reporters.',
      '"The president is serious," the press secretary said.',
    ],
    ['Karoline Leavitt'],
  ],
  // Broadcasters, agencies and posts.
  [
    'told a programme named in marks',
    ['Scott Bessent told CNBC\'s "Squawk Box" that the talks were "productive."'],
    ['Scott Bessent'],
  ],
  ['an agency that reported the words', ['Xi Jinping said China would "never bow," Xinhua reported.'], ['Xi Jinping']],
  ['a post in capitals', ['Donald Trump said in a Truth Social post that the deal was "DONE."'], ['Donald Trump']],
  [
    'according to a transcript',
    [
      'Scott Bessent spoke to investors on Friday.',
      'The talks were "going well," according to a transcript of his remarks.',
    ],
    ['Scott Bessent'],
  ],
  [
    'split around "she said"',
    ['Helen Marsh spoke on Monday.', '"We are," she said, "ready to talk."'],
    ['Helen Marsh', 'Helen Marsh'],
  ],
  [
    'split around "according to"',
    ['"The tariffs," according to Scott Bessent, "will stay."'],
    ['Scott Bessent', 'Scott Bessent'],
  ],
  [
    'a Chinese family name alone',
    ['Vice Premier He Lifeng met Scott Bessent in Geneva.', '"The talks were candid," He said.'],
    ['He Lifeng'],
  ],
  [
    'a Korean hyphenated given name',
    ['President Lee Jae-myung spoke on Monday.', '"We will protect our industry," Lee said.'],
    ['Lee Jae-myung'],
  ],
  // British English.
  ['a body called "the Treasury"', ['"Growth is our priority," the Treasury said.'], ['Treasury']],
  [
    'Sir and a first name',
    ['Sir Keir Starmer spoke in Leeds.', '"We will keep talking," Sir Keir said.'],
    ['Keir Starmer'],
  ],
  [
    'told the Commons, with a colon',
    ['Prime Minister Keir Starmer faced MPs.', 'The prime minister told the Commons: "We will not be rushed."'],
    ['Keir Starmer'],
  ],
  [
    'says, with the full stop outside the marks',
    ['Keir Starmer spoke in Leeds.', 'Mr Starmer says the deal is "very close".'],
    ['Keir Starmer'],
  ],
  // Two speakers.
  [
    "a person's spokeswoman speaks for the person",
    ['"The president keeps his word," Donald Trump\'s spokeswoman said.'],
    ['Donald Trump'],
  ],
  [
    'both X and Y said',
    ['Both Mark Carney and Helen Marsh said the talks were "productive."'],
    ['Mark Carney and Helen Marsh'],
  ],
  [
    'two speakers in one sentence',
    [
      '"We want a deal," Mark Carney said, while Donald Trump called it "unfair."',
      'Mark Carney said the levies were "unjustified," while Donald Trump insisted they were "fair and long overdue."',
    ],
    ['Mark Carney', 'Donald Trump', 'Mark Carney', 'Donald Trump'],
  ],
  [
    'he with a woman between, the genders told by honorifics',
    ['Mr. Scott Bessent met Ms. Ana Vell.', 'Vell left early.', '"It was useful," he said.'],
    ['Scott Bessent'],
  ],
  [
    'a quotation cut off by the end of the excerpt, its speaker named',
    ['China\'s Commerce Ministry said in a statement: "We firmly oppose the unilateral measures and will take'],
    ["China's Commerce Ministry"],
  ],
  [
    'a Title Case headline with a quoted word names no one',
    ['Trump Says China Tariffs Will Come Down "Substantially"', 'Donald Trump spoke on Tuesday.'],
    [],
  ],
  // Whole articles in the styles of a wire, an Asian daily, a business desk and a post-led story.
  [
    'a wire story',
    [
      'WASHINGTON, June 3 (Reuters) - U.S. Commerce Secretary Howard Lund said on Tuesday that tariffs on steel would double to 50%, calling the move "necessary to protect our industry."',
      '"We are not going to back down," Lund told reporters at the White House.',
      'The European Commission said it "strongly regrets" the decision and was ready to respond.',
      '"Countermeasures are ready," a Commission spokesperson said, adding that talks would continue.',
      'Shares of Nordic Steel AB fell 4% in Stockholm. The company said in a statement that the tariffs would "hurt customers on both sides of the Atlantic."',
      'Lund, a former banker, has long argued that "trade deficits matter."',
      'He added: "We will see who blinks first."',
    ],
    [
      'Howard Lund',
      'Howard Lund',
      'European Commission',
      'European Commission',
      'Nordic Steel AB',
      'Howard Lund',
      'Howard Lund',
    ],
  ],
  [
    'an Asian daily',
    [
      'China on Friday vowed to "fight to the end" after Washington raised tariffs again.',
      'Commerce ministry spokesman He Yadong told a regular press briefing in Beijing that the US move was "a mistake on top of a mistake."',
      '"China will never accept it," He said.',
      'Meanwhile, Chinese Premier Li Qiang told a forum in Tianjin that Beijing would "open wider to the world."',
      '"The door will only open wider," the premier said, according to state broadcaster CCTV.',
    ],
    ['China', 'He Yadong', 'He Yadong', 'Li Qiang', 'Li Qiang'],
  ],
  [
    'a business desk',
    [
      'Harlow Motors cut its annual forecast on Thursday, blaming US tariffs.',
      '"The environment remains very uncertain," chief executive Ana Vell told analysts on a call.',
      'The carmaker said tariffs had cost it "about $1 billion" so far this year.',
      'Vell said the company would "keep prices stable for now."',
      '"We are not immune," she said.',
    ],
    ['Ana Vell', 'Harlow Motors', 'Ana Vell', 'Ana Vell'],
  ],
  [
    'a story led by posts',
    [
      'Donald Trump on Sunday threatened new tariffs on the European Union.',
      'In a post on Truth Social, Trump wrote that the bloc had been "very difficult to deal with."',
      '"Our discussions with them are going nowhere!" he wrote.',
      'EU trade commissioner Maroš Šefčovič said on X that the bloc remained "fully committed" to a deal.',
      'The commissioner added that the EU would "defend its interests."',
    ],
    ['Donald Trump', 'Donald Trump', 'Maroš Šefčovič', 'Maroš Šefčovič'],
  ],
  [
    'a British broadcaster',
    [
      'Speaking to the BBC, Sir Keir Starmer said: "We are not going to rush into a trade war."',
      'Business Secretary Jonathan Reynolds told MPs the government would "not hesitate" to act.',
      'Shadow business secretary Andrew Griffith said the deal was "a damp squib".',
      '"This is a bad day for British exporters," said Jane Roe, of the British Chambers of Commerce.',
    ],
    ['Keir Starmer', 'Jonathan Reynolds', 'Andrew Griffith', 'Jane Roe'],
  ],
  // Classes that a third set of real news (stop 24, many outlets, read by no rule before) showed.
  [
    'a reporting verb followed by a noun with a participle: "said in a Q&A posted on its website"',
    [
      'A spokesman for Norway\'s Ministry of Trade said in a briefing posted on its website on Friday, "Our door stays open."',
    ],
    ["Norway's Ministry of Trade"],
  ],
  [
    'the participle rule leaves a verb after a time alone: "the ministry on Tuesday vowed"',
    ['Norway\'s Ministry of Trade on Tuesday vowed to respond, saying the levy was "unjustified".'],
    ["Norway's Ministry of Trade"],
  ],
  [
    '"the spokesperson" again after "a spokesperson for" a body, however capitalised',
    [
      'A Spokesperson for Norway\'s Ministry of Trade said on Friday, "We act within the rules."',
      'The Spokesperson added, "Our position has not changed."',
      'In response to a question about the latest U.S. move, the spokesperson said, "That is a separate matter."',
    ],
    ["Norway's Ministry of Trade", "Norway's Ministry of Trade", "Norway's Ministry of Trade"],
  ],
  [
    '"the spokesman" is still whoever was titled so',
    ['Trade ministry spokesman Ola Berg met reporters on Friday.', '"We will respond," the spokesman said.'],
    ['Ola Berg'],
  ],
  [
    'a participle opening the sentence is no name ("Addressing Americans directly, X …")',
    [
      'Prime Minister Ana Costa met Pedro Lima on Monday.',
      'Addressing Brazilians directly, Costa defended the quota.',
      '"You will not be left alone," she said.',
    ],
    ['Ana Costa'],
  ],
  [
    'a name a participle governs is no subject ("Meeting Lima in Lisbon, Costa …")',
    ['Pedro Lima arrived on Monday.', 'Meeting Lima in Lisbon, Costa stressed the ties with Brazil. "We are family."'],
    ['Costa'],
  ],
  [
    'a name after "aboard" is a place ("Speaking aboard Air Force One, Trump …")',
    ['Speaking aboard Air Force One on Friday, Donald Trump defended the tariffs, stating, "We set the price."'],
    ['Donald Trump'],
  ],
  [
    'a party before a title describes the one titled ("the Republican president")',
    [
      'President Donald Trump wrote on Saturday that the plan was working.',
      '"It is a revolution," the Republican president added. "It will not be easy."',
    ],
    ['Donald Trump', 'Donald Trump'],
  ],
  [
    'a quotation cut off by the end of the excerpt goes on with the speaker before it',
    [
      '"We will not rush," Finance Minister Lars Holm said on Monday.',
      'Holm said the talks would resume next week.',
      '"Our farmers need certainty, and we will not trade it away for a quick',
    ],
    ['Lars Holm', 'Lars Holm'],
  ],
  [
    'a few words cut off by the end of the excerpt with no cue are no quotation',
    ['"We will not rush," Finance Minister Lars Holm said on Monday.', '"The two si'],
    ['Lars Holm'],
  ],
  [
    'a reporting clause the page put on a line of its own after "…,"',
    [
      'Commerce Secretary Howard Lund spoke first, saying the duties were "working."',
      '"The money will keep coming in, far above anything we have seen,"',
      'Donald Trump said.',
      '"They could not care less about us,"',
      'he said, adding that he looked forward to the ruling.',
    ],
    ['Howard Lund', 'Donald Trump', 'Donald Trump'],
  ],
  [
    '"it" for a company named by one word ("Harlow shares fell. In a statement, it said …")',
    [
      'Tariffs on U.S. imports from China rose again, and shoppers have flocked to Harlow for bargains.',
      'Harlow shares declined 2% on Monday. In a statement, it said it would hold prices "for as long as we can."',
    ],
    ['Harlow'],
  ],
  [
    'a place joined to a participle describes the name ("Tokyo-based Kyodo News")',
    ['The two sides agreed to "speed up the talks," Oslo-based NTB News reported.'],
    ['NTB News'],
  ],
  [
    'a sentence adverb between a speaker and the verb ("Trump\'s letter nonetheless argued")',
    [
      'Donald Trump wrote to President Ana Costa on Wednesday.',
      'Trump\'s letter nonetheless argued that her policies had created "unfair trade deficits."',
    ],
    ['Donald Trump'],
  ],
  [
    'a role noun means one named before it, not one its own sentence names later ("The group urged the Government")',
    [
      'Nordic Steel Association said the tariff was "a disaster for our members."',
      'The group urged the Government to keep talking to Washington, "however slim the chances."',
    ],
    ['Nordic Steel Association', 'Nordic Steel Association'],
  ],
  [
    '"according to" a role ending the sentence, the person named in the next paragraph',
    [
      'A "lasting and fair outcome" is possible only "when every point is settled" between the two sides, according to Norway\'s chief trade negotiator.',
      '"Nothing is agreed until everything is agreed," Ingrid Dahl told reporters in Oslo on Thursday.',
    ],
    ['Ingrid Dahl', 'Ingrid Dahl', 'Ingrid Dahl'],
  ],
  [
    'a role noun opening an excerpt, the person named just after ("The president boasted …")',
    [
      'The president boasted that the "full effect" of the duties was still to come, in an early-morning Truth Social post.',
      '"The money will keep coming in," Trump said later.',
    ],
    ['Trump', 'Trump'],
  ],
  [
    'a role noun opening an excerpt is not someone titled otherwise named next',
    [
      'The president said the tariffs were "only the start."',
      'Fed Chair Jerome Powell told reporters the economy was "in a good place."',
    ],
    [null, 'Jerome Powell'],
  ],
  [
    'a preposition governs no name past a comma ("As part of the deal, Norway agreed to …")',
    ['As part of the deal, Norway agreed to "lift or suspend" its quotas on salmon.'],
    ['Norway'],
  ],
  // From a fourth set of real news (stop 25), in sentences of our own.
  [
    'a country before a name with no title describes it ("U.S. Donald Trump\'s tariffs")',
    ["As U.S. Maria Okonkwo's levies loom, exporters met in Ottawa.", '"We are ready," Okonkwo said.'],
    ['Maria Okonkwo'],
  ],
  [
    'a title whose complement holds "and" names no one ("Minister of Energy and Mines, Paul Reyes,")',
    ['In a release, Ontario\'s Minister of Energy and Mines, Paul Reyes, said the door was open. "We must talk."'],
    ['Paul Reyes'],
  ],
  [
    'names in a clause opening the sentence are not its subject ("Asked whether Norway would …, Holm …")',
    ['Asked on Monday whether Norway would retaliate, Lars Holm left the door open:', '"Everything is possible."'],
    ['Lars Holm'],
  ],
  [
    '"the spokesperson" speaks for the body a spokesperson was introduced for, past other bodies',
    [
      'Ruritania opposes the move, a spokesperson for the Ministry of Trade said on Tuesday.',
      'However, the United States has shifted the blame, the spokesperson noted.',
      '"This is bullying," the spokesperson said.',
    ],
    ['Ministry of Trade'],
  ],
  [
    'reported speech puts its speaker forward ("The prime minister said Lisbon would …. “…”")',
    [
      'Prime Minister Ana Costa met farmers on Monday.',
      'The prime minister said Lisbon would not retaliate.',
      '"We will not join a race to the bottom."',
    ],
    ['Ana Costa'],
  ],
  [
    'a country\'s people are no person ("hurt Americans", "Aussie beef")',
    [
      'Trade Minister Ana Costa met exporters on Monday.',
      'The levy singled out Aussie beef and would hurt Americans most.',
      '"It is a mistake," she said.',
    ],
    ['Ana Costa'],
  ],
  [
    '"continued to" is no speech verb ("the EU continued to “prepare …”")',
    [
      'Trade Commissioner Anna Berg spoke in Oslo.',
      'Berg said the EU continued to "weigh every option" if talks fail.',
    ],
    ['Anna Berg'],
  ],
  [
    'a coordinated verb shares the subject that opens the sentence, past a "that" clause',
    [
      'Prime Minister Tom Reyes spoke on Friday.',
      'He rejected the claim that Canada charged a levy, and said the tariffs were "baseless".',
    ],
    ['Tom Reyes'],
  ],
  [
    'a page\'s link to another story names no one ("READ ALSO: …")',
    [
      'Prime Minister Tom Reyes spoke in Lisbon.',
      '"This is unfair," Reyes said.',
      'READ ALSO: Jonas Berg signs new order on tariffs',
      '"We will respond calmly," he said.',
    ],
    ['Tom Reyes', 'Tom Reyes'],
  ],
  [
    'a reporting clause that ends a sentence of reported speech names its speaker ("…, said Holm."), not a name inside it',
    [
      'Trade Minister Lars Holm and envoy Jonas Berg met on Monday.',
      'The plan, which Berg will never accept, is unfair to farmers, said Holm.',
      '"We will fight it," he added.',
    ],
    ['Lars Holm'],
  ],
  [
    '"the country\'s commerce ministry" is that ministry, not a body of its own named "country\'s"',
    [
      "Ruritania will respond, the country's commerce ministry said on Tuesday.",
      '"We will not accept this," the ministry said.',
    ],
    ['commerce ministry'],
  ],
  [
    '"the PM" is the one last quoted, paragraphs back, when no one is titled so',
    [
      'Ana Costa has called the tariffs "totally unwarranted".',
      '"This is not the act of a friend," Ms Costa said.',
      'The levy takes effect on Friday.',
      'Exporters had hoped for a delay.',
      'Shipping firms were also hit.',
      '"We want to resolve this calmly," the PM said.',
    ],
    ['Ana Costa', 'Ana Costa', 'Ana Costa'],
  ],
  [
    '"after X revealed …": a clause opened by "after" has X as its subject',
    [
      'Prime Minister Ana Costa has railed against the levy.',
      'The duties take effect at midnight, after Jonas Berg revealed his plan in Washington.',
      '"They ban our beef," he said.',
    ],
    ['Jonas Berg'],
  ],
  [
    'a line in capitals names who speaks in the paragraph after it (wire "QUOTES" pieces)',
    [
      'QUOTES-Reactions to the new duties',
      'NORDIC STEEL ASSOCIATION, WHICH REPRESENTS MILLS, DIRECTOR INGRID DAHL',
      '"The levy will cost jobs across the region."',
      'MARIA OKONKWO, CHIEF ECONOMIST, HARLOW BANK',
      '"Markets had priced in something milder."',
    ],
    ['Ingrid Dahl', 'Maria Okonkwo'],
  ],
  [
    'a subheading on someone\'s words ("Whitfield\'s response to …") names who speaks after it',
    [
      'Union chief Dana Whitfield backed the levy.',
      'Trade Secretary Omar Vance said: "This will spur growth."',
      "Whitfield's response to the new levy",
      '"We applaud the move. It is long overdue."',
    ],
    ['Omar Vance', 'Dana Whitfield'],
  ],
  ['a headline in capitals names no one', ['TRADE CHIEF SLAPS DUTIES ON CARS', '"Nobody saw this coming."'], [null]],
  [
    "a press release's dateline names no one (not the state's abbreviation)",
    [
      'LINDEN, Ore., June 3, 2025 /PRNewswire/ -- Harbor Freight Council President Ana Ruiz issued this statement today on the new duties:',
      '"The duties will raise costs for every port in the region."',
    ],
    ['Ana Ruiz'],
  ],
  [
    'a wire dateline with its agency names no one',
    ['KESTREL, Aug. 4 (Wirepost) -- Ports reopened on Monday after the strike.', '"Ships are moving again."'],
    [null],
  ],
  [
    'a participle with its own subject after "with" ("with X saying …")',
    [
      'Exporters reacted angrily, with trade envoy Mira Sol saying the move was "a betrayal of the deal".',
      '"We will fight it," she said.',
    ],
    ['Mira Sol', 'Mira Sol'],
  ],
  [
    "a name that ends in a country's is a body, never a pronoun's antecedent",
    ['The plan to buy new jets for Air New Zealand was announced.', '"It was a good month," he said.'],
    [null],
  ],
  [
    'names a preposition governs, past a bracketed acronym and down a list, are no antecedents',
    [
      'Trade Minister Park Min-jun said the talks would go on.',
      'He held talks with U.S. Trade Representative (USTR) Dale Pike, Commerce Secretary Ray Holt and other officials.',
      '"The talks were useful," he said.',
    ],
    ['Park Min-jun'],
  ],
  [
    'the subject of a clause a speech verb reports is not the one put forward',
    [
      'Exporters fear the new duties.',
      'He maintained Norway had good ties with its neighbours.',
      '"The first step is to talk to them."',
    ],
    [null],
  ],
  [
    'a pronoun after a run of bare quotation paragraphs means their speaker',
    [
      'Lars Holm, the trade minister, spoke on Monday.',
      '"Prices will rise."',
      '"Margins are thin."',
      '"Costs are up."',
      '"Jobs are at risk," he said.',
    ],
    ['Lars Holm', 'Lars Holm', 'Lars Holm', 'Lars Holm'],
  ],
  [
    '"the …" who "added" right after someone\'s words, titled so by no one, goes on for them',
    [
      'Shadow trade secretary Ruth Kane attacked the plan, asking: "Why has this taken so long?"',
      'The Conservative MP and former minister added: "This is a failure of policy."',
    ],
    ['Ruth Kane', 'Ruth Kane'],
  ],
  [
    'a person whose possession opens a sentence ("Yeo\'s remarks came after he …") is put forward',
    [
      'Trade Minister Yeo Han-koo spoke on Monday.',
      '"We are close," he said.',
      'Yeo’s remarks came after he held talks with officials in Washington.',
      'His trip took place as the deadline neared.',
      '"There is much to do," he said.',
    ],
    ['Yeo Han-koo', 'Yeo Han-koo'],
  ],
  [
    '"has written to … expressing concern at the “…”" is the writer\'s',
    [
      'Trade Minister Lars Holm has written to his counterparts expressing concern at the "harm" the duties will do.',
      'His officials had been talking to the agency but he had not spoken to anyone.',
      '"I have sent a letter to my counterpart."',
    ],
    ['Lars Holm', 'Lars Holm'],
  ],
  [
    '"the PM\'s official spokesman" speaks for the prime minister named before',
    [
      'Prime Minister Ana Lund has ruled nothing out.',
      'Asked about the duties, the PM’s official spokesman said: "We are assessing all options."',
    ],
    ['Ana Lund'],
  ],
  [
    'one person with two offices joined by "and"',
    [
      'Ruritania’s Trade and Industry Minister Ana Vell spoke in Berlin.',
      '"We choose our own partners," Vell said.',
      '"Prices will rise," council president and CEO Dana Wells said in a statement.',
    ],
    ['Ana Vell', 'Dana Wells'],
  ],
  [
    'an "and" after a preposition joins no speakers',
    ['"We are ready," said Trade Commissioner Ana Vell after talks with Tom Hale and Commerce Secretary Lee Park.'],
    ['Ana Vell'],
  ],
  [
    'a month told as a time is no one ("in early March")',
    [
      'Lars Holm, the trade minister, spoke on Monday.',
      '"Talks will go on," Holm said.',
      'The country was hit with a tariff in early March over border concerns.',
      '"We understand the concern," he said.',
    ],
    ['Lars Holm', 'Lars Holm'],
  ],
  [
    'a pronoun with no one named in the paragraphs before: the one last quoted',
    [
      'Lars Holm, the trade minister, spoke on Monday.',
      '"Talks will go on," Holm said.',
      'The duties cover steel and aluminium.',
      'Exports fell by a fifth in the spring.',
      'The former banker struck a softer tone on Tuesday.',
      '"We respect their concerns," he said.',
    ],
    ['Lars Holm', 'Lars Holm'],
  ],
  [
    'a relative pronoun before the speech verb: the name before its comma',
    [
      'The deal was attacked by Chancellor Tomas Brandt, who said it would do "lasting harm".',
      'It was criticised by Ana Vell, the finance minister, who called it "a dark day".',
    ],
    ['Tomas Brandt', 'Ana Vell'],
  ],
  [
    '"the party": the organisation named before, whatever its name',
    ['"The decision is a blow," the FDP said. "It hurts free trade," the liberal party insisted.'],
    ['FDP', 'FDP'],
  ],
  [
    'an acronym in brackets inside the speaker phrase repeats a name and breaks no appositive',
    [
      'The European Union’s (EU) trade chief, Ana Vell, said the bloc wanted "respect" and not "threats", the BBC reported.',
    ],
    ['Ana Vell', 'Ana Vell'],
  ],
  [
    '"the spokesman" after "the prime minister\'s spokesman says" speaks for the prime minister',
    [
      'Prime Minister Ana Lund and President Tom Hale held a call on the deal, the prime minister’s spokesman says.',
      'Ruritania hopes to avoid a broader round of tariffs.',
      '"The two leaders discussed progress," the spokesman told reporters on Monday.',
    ],
    ['Ana Lund'],
  ],
  [
    '"they" after a body just quoted is that body; after unnamed people it names no one',
    [
      'In a statement, the Ruritanian Ministry of Commerce said "further details" had been set.',
      '"Export applications will be reviewed," they wrote.',
      'Two officials said talks would go on.',
      '"Nothing is agreed yet," they said.',
    ],
    ['Ruritanian Ministry of Commerce', 'Ruritanian Ministry of Commerce', null],
  ],
  [
    'a pull quote on a line of its own is said by whom the text quotes it from',
    [
      'President Tom Hale said on Monday the talks had failed.',
      '"We will always protect our workers from unjustified tariffs"',
      'Trade chief Ana Vell said the bloc would respond. "We will always protect our workers from unjustified tariffs," she said.',
    ],
    ['Ana Vell', 'Ana Vell'],
  ],
  [
    'a bare "the president" is not someone titled later as the president of a named body',
    [
      'In a post on Monday, Hale defended the tariffs.',
      'Still, the president in his post asked: "WILL THERE BE PAIN?"',
      'Critics said families would pay.',
      'Markets fell on Tuesday.',
      'Steel Workers Union President Ana Vell said in a statement that the duties were "a good first step."',
    ],
    ['Hale', 'Ana Vell'],
  ],
  [
    '"pointed out" and "characterized" report speech',
    [
      'Lars Holm spoke on Monday. He pointed out that the duties were "a tax on consumers."',
      'Holm characterized the tariffs as the start of a "new era" in trade.',
    ],
    ['Lars Holm', 'Lars Holm'],
  ],
  [
    'a pronoun with no one before it but a name in its own sentence: that one ("Vell\'s remarks, where she …")',
    [
      'Talks resume on Monday.',
      'This follows Ana Vell’s remarks, where she characterized the duties as "a short-term tactic."',
    ],
    ['Ana Vell'],
  ],
  [
    'a name ending in "Policy" or "Daily" is no person a pronoun could mean',
    [
      'Lars Holm, the trade minister, spoke on Monday.',
      'Harbour Daily first reported the talks. By reading on you accept our Cookie Policy.',
      '"We are close," he said.',
    ],
    ['Lars Holm'],
  ],
  [
    'a person named before an organisation noun ("the Kessler administration") is no subject a pronoun could mean',
    [
      'President Karl Kessler said he was “deeply hurt” by the ruling.',
      'Chief Justice Anna Morell wrote for the court. “The claim is too broad,” Morell wrote. But the Kessler administration “cites no law” for such levies, he added.',
    ],
    ['Karl Kessler', 'Anna Morell', 'Anna Morell'],
  ],
  [
    'a short reporting clause that ends the sentence past a clause of its own ("…” in which X has said that …, she added")',
    [
      'President Karl Kessler said the levies were “lawful and overdue.” Chief Justice Anna Morell disagreed. The government “cites no law” in which Parliament has said that the act covers tariffs, she added.',
    ],
    ['Karl Kessler', 'Anna Morell'],
  ],
  [
    'a question asked by an interviewer named before it is the interviewer’s, not the answer’s speaker',
    [
      'Trade Minister Lars Holm spoke on Monday.',
      'When asked in an interview by Harlow Radio, “Will the talks fail without a steel deal?”, Holm answered: “They will go on.”',
      'Asked by reporters on Tuesday, “We are close,” Holm said.',
    ],
    ['Harlow Radio', 'Lars Holm', 'Lars Holm'],
  ],
  [
    '"the minister" is not a prime minister: it means the minister put forward, not the head of government',
    [
      'Prime Minister Lena Varga met the president on Tuesday. Omar Reyes, who leads the trade file, told a news channel he was “hopeful” about a deal.',
      '“We are not there yet,” the minister said about his talks in Washington.',
    ],
    ['Omar Reyes', 'Omar Reyes'],
  ],
  [
    'a title named by two portfolios ("the Business and Trade Secretary") is the title named by one, past the words that describe its holder',
    [
      'Business Secretary Nadia Cole has said relief is being negotiated.',
      'Prime Minister Tom Hale spoke too. The newly appointed Business and Trade Secretary told a radio show that exporters were “better protected than most”.',
    ],
    ['Nadia Cole'],
  ],
  [
    'the spokesman of a prime minister ("the prime minister’s spokesman") speaks for the prime minister, not for a mere minister',
    [
      'Prime Minister Tom Hale and Finance Minister Eva Lind held a call with the president.',
      '“The talks went well,” the prime minister’s spokesman told reporters.',
    ],
    ['Tom Hale'],
  ],
  [
    'advertisement placeholders a page glues to the head of a paragraph are neither a name nor a paragraph',
    [
      'Trade Secretary Mark Hale visited a plant on Monday.',
      'Advertisement',
      'Hide AdAdvertisement',
      'Hide AdNora Quill, the Commerce Secretary, said the deal “opens markets to our farmers”.',
      'Advertisement',
      'Hide AdShe told reporters: “We are ready to sign.',
      'Hide Ad“It is a good deal for both sides.”',
    ],
    ['Nora Quill', 'Nora Quill', 'Nora Quill'],
  ],
  [
    'a title given in an appositive ("Mr Hale, the Trade Secretary,") is what the role noun means later',
    [
      'Mr Hale, the Trade Secretary, visited a plant on Monday, which he said “means more jobs”.',
      'The plant’s owners Brightco had announced plans to close it.',
      'The Trade Secretary said he had support from the government.',
      'He told a radio show: “We acted in the national interest.”',
    ],
    ['Hale', 'Hale'],
  ],
  [
    'two countries joined as one word ("India-US", "Canada-U.S.") are what talks are between, no one a pronoun could mean',
    [
      'Trade minister Arun Rao spoke on Monday. The Canada-U.S. talks went on.',
      '“We are close,” he said.',
      'Rao said growers would gain as the India-US pact cuts duties.',
      '“It will protect every farmer,” he said.',
    ],
    ['Arun Rao', 'Arun Rao'],
  ],
  [
    'a body named by a demonym of two words ("the South African presidency") is the author of the statement it issued',
    [
      'President Thabo Nkosi has condemned the new levy.',
      'The White House revealed on Monday that ten countries face higher duties.',
      'In reply, the South African presidency issued a statement rejecting them. “The claim is not borne out by trade data,” the statement said.',
    ],
    ['South African presidency'],
  ],
  [
    'a "tsar" is a generic head like "chief": "the PM’s trade tsar says" is the one titled for trade named next',
    [
      'Canberra will keep pushing to scrap the levies, the prime minister’s trade tsar says, after a “hard-won” result.',
      'Trade Minister Jon Pell said on Sunday that the argument had paid off.',
    ],
    ['Jon Pell'],
  ],
  [
    'the people and bodies a photo caption shows ("… (Jane Roe/PA)") are no one a pronoun after it means',
    [
      'Trade Secretary Tom Quill told a radio show the industry was “well protected”.',
      'Members of the Harbour Guards and military bands rehearse ahead of the state visit (Jane Roe/PA)',
      'He said he flew to Washington last weekend after the reshuffle.',
      '“I was at the White House on Monday, talking about these issues.',
    ],
    ['Tom Quill', 'Tom Quill'],
  ],
  [
    'the spokesman of a prime minister the article never names speaks as that spokesman, and is the "he" who answers next',
    [
      'Downing Street declined to confirm the new rate.',
      'Asked directly, the Prime Minister’s official spokesman said: “It is up to the United States to announce it.”',
      'Business Secretary Ravi Bal will meet officials in Paris later today.',
      'The Prime Minister’s spokesman added: “The deal removes the tariffs on steel.”',
      'Asked whether that was awkward, he responded: “I will not get ahead of them.”',
    ],
    ['Prime Minister’s official spokesman', 'Prime Minister’s spokesman', 'Prime Minister’s spokesman'],
  ],
  [
    'an office with a complement of two portfolios before the name ("Union Minister for Trade and Industry Kiran Desai") titles that person',
    [
      'Union Minister for Trade and Industry Kiran Desai said on Tuesday that the deal was close.',
      '“Our farmers are protected,” Desai said.',
    ],
    ['Kiran Desai'],
  ],
  [
    'the agent named right after words a passive verb of judgement introduced ("have been called “…” by Ms Varga") said them',
    [
      'Prime Minister Lena Varga was pressed on the levies on Thursday.',
      'The tariffs, which have been called an act of “economic self-harm” by Ms Varga, break the trade pact.',
    ],
    ['Lena Varga'],
  ],
  [
    'words in the first person singular with no cue are a person’s, not those of the country the narration put forward',
    [
      'Trade envoy Ken Ito met officials in Washington on Friday.',
      '“We had a frank exchange,” Ito said.',
      'The talks covered cars and chips, and Japan aims to win relief on steel, which the U.S. values.',
      '“With each round they grow more aware of our role. I expect progress.”',
    ],
    ['Ken Ito', 'Ken Ito'],
  ],
  [
    'an owner’s thing qualified in marks inside the clause a speech verb reports is the speaker’s word ("told reporters that … Ottawa’s “reckless” plan")',
    [
      'Economy Minister Sofia Lind told reporters on Friday that her cabinet opposed Ottawa’s “reckless” plan and wanted talks.',
      'Premier Dan Volk said the province would fight all of his “punishing” trade measures from Monday.',
    ],
    ['Sofia Lind', 'Dan Volk'],
  ],
  [
    'an owner’s thing qualified in marks with no speech verb before it is the thing’s name ("his “reciprocal” duties")',
    [
      'Economy Minister Sofia Lind flew to Washington on Friday.',
      'Exporters braced for Washington’s “reciprocal” tariffs while his “fentanyl” duties stayed in place.',
    ],
    [],
  ],
  [
    'the words in the that-clause of someone’s remarks are that owner’s ("cited Mr Brandt’s remarks … that …"), and the “he” after still means the sentence’s subject',
    [
      'Prime Minister Owen Hale defended the talks on Tuesday after a call with President Karl Brandt.',
      'He also cited Mr Brandt’s remarks after the summit that the two sides had a “very close partnership”.',
      '“We will keep talking,” he said on Tuesday.',
    ],
    ['Karl Brandt', 'Owen Hale'],
  ],
  [
    'a participle after an opening clause with a speech verb of its own takes the main clause’s subject ("When asked …, X declined, stating")',
    [
      'Trade Minister Ana Ruiz met her counterpart on Monday.',
      'When asked about the talks, Ruiz declined to comment, stating, "We are not there yet."',
    ],
    ['Ana Ruiz'],
  ],
  [
    'a participle after "Within hours of X announcing …," is the main clause’s, not X’s',
    [
      'Within hours of President Karl Brandt announcing new duties on cheese, the Dutch foreign ministry hit back, calling them "wholly unwarranted."',
    ],
    ['Dutch foreign ministry'],
  ],
  [
    'a participle after a clause with a subject of its own ("the duties X threatened, saying") is the sentence subject’s',
    [
      'Prime Minister Owen Hale rejected the duties President Karl Brandt threatened on Friday, saying "they will hurt both our peoples."',
    ],
    ['Owen Hale'],
  ],
  [
    'a reporting clause set off by commas keeps the participle after it ("…, Prime Minister X announced, calling")',
    [
      'Norway will answer with duties of its own, Prime Minister Owen Hale announced on Monday, calling the levies "a needless blow."',
    ],
    ['Owen Hale'],
  ],
  [
    '"hinted" reports the speaker\'s words ("hinted that a deal is “coming soon”")',
    ['Prime Minister Owen Hale hinted on Monday that a deal with Norway is "coming soon" for farmers.'],
    ['Owen Hale'],
  ],
  [
    '"who" with no comma after a name is that person ("a spat with President X who called him an “emperor”")',
    [
      'Karl Brandt raised duties on Monday after a spat with the Danish Prime Minister Owen Hale who called him a "bully."',
    ],
    ['Owen Hale'],
  ],
  [
    'a roundup label in capitals ending in "STATEMENT" names the body before it',
    ['Reactions came quickly.', 'NORWEGIAN SEAFOOD COUNCIL STATEMENT', '"We urge both sides to keep talking."'],
    ['Norwegian Seafood Council'],
  ],
  [
    'a subheading "Statement from X" names X',
    [
      'Reactions came quickly.',
      'Statement from the Norwegian Seafood Council',
      '"We urge both sides to keep talking."',
    ],
    ['Norwegian Seafood Council'],
  ],
  [
    'a label "Statement from X:" before the words names X',
    ['Statement by the Norwegian Seafood Council: "We urge both sides to keep talking."'],
    ['Norwegian Seafood Council'],
  ],
  [
    'a title in the plural ("the CEOs of big firms") names no one',
    [
      'In the first line of the statement from Harlow Group, which represents the CEOs of big Norwegian firms, CEO Joshua Hale made clear the group "supports free trade."',
    ],
    ['Joshua Hale'],
  ],
  [
    '"the US president" in an article that never titles Trump is Trump',
    [
      'Donald Trump spoke to reporters on Friday.',
      'Ingrid Dahl, the Norwegian trade minister, said talks would go on.',
      '"We will see what happens," the US president said.',
    ],
    ['Donald Trump'],
  ],
  [
    'a hearing: the question before "X replied: “…”" is the asker\'s, the words after it the answer',
    [
      'Senator Jane Porter pressed Ivo Marek on prices. "Will families pay more?" Marek replied: "Not in the long run."',
    ],
    ['Jane Porter', 'Ivo Marek'],
  ],
  [
    'a question that "X replied" reports with no words after it is the reply',
    ['Ivo Marek took questions. "Why would we stop now?" Marek replied when asked about a pause.'],
    ['Ivo Marek'],
  ],
  [
    'a question word opening a heading after a bar is no part of a name',
    [
      'Trade Minister Ravi Menon met farmers on Sunday.',
      'Live updates | What Menon said on dairy; how rivals reacted',
      '“No, not at all,” Menon answered.',
    ],
    ['Ravi Menon'],
  ],
  [
    'a capitalised pronoun after words that end their sentence is the pronoun',
    ['Premier Karl Voss posted again on Sunday.', '"Do not be weak!" He added that more duties would come.'],
    ['Karl Voss'],
  ],
  [
    'an occupation in lower case before a name is its title',
    [
      'The levy is the “real sting” in the order, trade lawyer Jana Weber has said.',
      '“Prices will rise,” said tariff expert Tomas Ode.',
    ],
    ['Jana Weber', 'Tomas Ode'],
  ],
  [
    'a verb coordinated after the quotation keeps the subject before it',
    [
      'Premier Ana Ruiz said her government has “promising” offers from Peru, Chile and Ecuador, but said no deal was close.',
    ],
    ['Ana Ruiz'],
  ],
  [
    'according to a pronoun',
    [
      'Vice President Rui Matos spoke on Friday.',
      'According to him, the offer from Washington was “far from enough.”',
      'Minister Ana Ruiz spoke later. The offer was “a first step,” according to her.',
    ],
    ['Rui Matos', 'Ana Ruiz'],
  ],
  [
    'an opening adverbial of time before the subject of a participle of speech',
    [
      'Premier Karl Voss wrote on Monday that talks had failed.',
      'Two hours later, the premier made a new post claiming that the country had a chance to “do what should have been done long ago.”',
    ],
    ['Karl Voss'],
  ],
  [
    'a title in Irish before the name',
    [
      'Taoiseach Ciarán Byrne said Europe must “act as one”.',
      '“We are a small, open economy,” Tánaiste Niamh Kelly said.',
    ],
    ['Ciarán Byrne', 'Niamh Kelly'],
  ],
  [
    'a title glossed in brackets before the name',
    [
      '“Talks are the only way,” Ireland’s Taoiseach (Prime Minister) Ciarán Byrne said.',
      'Vice Premier (deputy prime minister) Ana Ruiz said the offer was “a first step”.',
    ],
    ['Ciarán Byrne', 'Ana Ruiz'],
  ],
  [
    'an opening clause naming a place with its region: the subject after it is put forward',
    [
      'Minister Lee Jun-ho met Karl Voss, the commerce secretary, on Monday.',
      'After visiting the ministry in Washington, D.C. and meeting Voss, Lee told reporters there had been “a lot of dialogue.”',
      'Asked whether the levy was lifted, he said, “It is too early to say.”',
    ],
    ['Lee Jun-ho', 'Lee Jun-ho'],
  ],
  [
    'a curly mark typed twice is one mark',
    ['““Talks went well,” Maria Okonkwo said on Monday.', 'Okonkwo flew home. “We will keep talking.”” she added.'],
    ['Maria Okonkwo', 'Maria Okonkwo'],
  ],
  [
    'a possession in an opening adverbial before a pronoun subject: the pronoun is its owner',
    [
      'Prime Minister Lena Hart spoke from Perth on Thursday.',
      'During Karl Voss’s speech, he singled out the beef industry.',
      '“Norland bans our beef,” he said.',
    ],
    ['Karl Voss'],
  ],
  [
    'a lede whose first words are set in capitals names the speaker',
    ['TAOISEACH CIARÁN BYRNE has said the European Union needs to “act as one” on tariffs.'],
    ['Ciarán Byrne'],
  ],
  [
    'came the reply: the one just asked answers',
    [
      'Senator Jane Porter asked Trade Minister Ivo Marek whether prices would rise. “Not in the long run,” came the terse reply.',
    ],
    ['Ivo Marek'],
  ],
  [
    'a participle after a reporting clause that ends the sentence: the reporting clause speaks',
    [
      'The bloc is “ready to respond” to protect its makers, Commission President Lena Hart said after Karl Voss announced new levies on Nordland cars, urging Washington to “choose talks over threats”.',
    ],
    ['Lena Hart', 'Lena Hart'],
  ],
  [
    'a participle with a subject of its own after an earlier speech verb',
    [
      'The opposition pointed the finger at the cabinet, with trade spokesman Damien Varga saying the episode was “a major failure for the country”.',
      '“The prime minister has failed our exporters,” he said.',
    ],
    ['Damien Varga', 'Damien Varga'],
  ],
  [
    'an excerpt naming someone by surname only where sentences open, then calling them she',
    [
      'Okafor said Ireland had far lower tariffs on American goods than the reverse. She said officials would keep making that case.',
      '“We will keep talking to our friends in Washington about that,” she said.',
    ],
    ['Okafor'],
  ],
  [
    'a verb of judgement before a short quotation: the judge’s words',
    [
      'Finance Minister Karl Ott considers it “entirely realistic” that exports will recover.',
      'Mayor Jane Roe deemed the offer “inadequate” on Monday.',
    ],
    ['Karl Ott', 'Jane Roe'],
  ],
  [
    'an act still to come ("would consider") reports no words: the speech verb before it does',
    [
      'Trade Minister Ana Soto called the levies “deeply unfair”. She said Lindovia would consider its answer in a “calm and measured manner.”',
    ],
    ['Ana Soto', 'Ana Soto'],
  ],
  [
    'a portfolio of words that name no office ("Minister of Economic Renewal") before the name in an appositive',
    [
      'After the first round of talks, Norland’s Minister of Economic Renewal, Halvorsen, said, “We want a deal within 90 days.”',
      'He added, “There is still a gap between us.”',
    ],
    ['Halvorsen', 'Halvorsen'],
  ],
  [
    'a pronoun that replies to the words before is the one they were said to, not their speaker',
    [
      'During an interview with Finance Minister Tom Reed, presenter Anna Blake said prices had risen.',
      '“So you have made a deal, but we pay more,” the presenter noted.',
      'He replied: “Tariffs are bad for everyone.”',
    ],
    ['Anna Blake', 'Tom Reed'],
  ],
  [
    'a pronoun that replies to a question put to the last speaker in the sentence before is still that speaker',
    [
      'President Mira Holt said the two sides would reach a “fair agreement” on tariffs.',
      'In an interview aired on Monday, Holt was asked whether a deal could be signed at the Asia-Pacific Economic Cooperation summit. “It may take time,” he replied.',
    ],
    ['Mira Holt', 'Mira Holt'],
  ],
  [
    'an office’s own word run into the name after it ("to the Treasury Owen Hale")',
    ['The chief secretary to the Treasury Owen Hale spoke on Monday.', '“The deal protects jobs,” Hale said.'],
    ['Owen Hale'],
  ],
  [
    'a possessive run into the name after it by a page that lost the space',
    ['The Morning Show’sLena Park suggested the deal was “the best of a bad lot”.'],
    ['Lena Park'],
  ],
  [
    'a pronoun after a sentence that ends on an initial or an abbreviation ("on X. She added") opens a sentence: no name',
    [
      'President Mara Lind called the levies unfair. "We reject the charge," she posted on X. She added, "Talks, yes; surrender, no."',
      'Minister Tomas Berg said new plants are welcome in the U.S. He added, "we will approve them within weeks."',
    ],
    ['Mara Lind', 'Mara Lind', 'Tomas Berg'],
  ],
  [
    'a platform is where words were posted, never who posted them ("his Truth Social post said")',
    [
      'Nora Vale said Lindovia would pay.',
      '“The days of ripping us off are over,” his Truth Social post said.',
      'President Ivo Saar on Truth Social warned countries that "play games" with the court.',
    ],
    ['Nora Vale', 'Ivo Saar'],
  ],
  [
    '"the U.S." closes the sentence before a surname ("… goods entering the U.S. Moreau said")',
    [
      'Trade Minister Anne Moreau met her counterpart on Friday.',
      'Levies now apply to steel that enters the U.S. Moreau said that while "we were let down," talks would go on.',
      '"We were let down," U.S. Steel said.',
    ],
    ['Anne Moreau', 'U.S. Steel'],
  ],
  [
    'verbs of translated news: "assured that", "summarized X", "he summed up"',
    [
      'In a briefing on Friday, the bloc\'s Trade spokesman, Olaf Berg, assured that the Commission "will take every step" to help growers.',
      '"We have the tools if they are needed," summarized Berg.',
      '"It helps no one at all," he summed up.',
    ],
    ['Olaf Berg', 'Olaf Berg', 'Olaf Berg'],
  ],
  [
    'so are Facebook, Instagram, WeChat and Telegram ("In a Facebook statement, he said")',
    [
      'President Lee Min-ho welcomed the deal.',
      'In a Facebook statement, he said that Seoul “gathered many views” first.',
      'Premier Ana Ruiz spoke next. On Instagram she wrote that "talks will go on."',
    ],
    ['Lee Min-ho', 'Ana Ruiz'],
  ],
  [
    'a month before a common noun names no one ("the August deadline … he added")',
    ['Questions remain over whether the August deadline will move.', '“We will be open to that,” he added.'],
    [null],
  ],
  [
    '"the X administration" is a body, and X a person who may speak later ("X said … he added")',
    [
      'The Holt administration cited “Lindovia’s continued inaction and retaliation” as the reason.',
      'Finance Minister Ada Rusk said talks would go on.',
      'Asked about the deadline, Holt said, “It is firm.”',
      '“We will be open to calls,” he added.',
    ],
    ['Holt administration', 'Holt', 'Holt'],
  ],
  [
    'a name after the marks in a heading with no full stop is the thing named, not a signature',
    ['“Ninety Deals in Ninety Days” Promise', 'Few deals were signed.'],
    [null],
  ],
  [
    '"indicated" reports the words, so a name owned in the opening clause is not the speaker',
    [
      'Trade Secretary Nora Vance spoke after the finance minister, Piet Aalders, warned of retaliation.',
      'Asked about Aalders’s remarks, Vance indicated that London would not “rule anything out”.',
    ],
    ['Nora Vance'],
  ],
  [
    'an aside that says what office a name holds gives the name that title ("– on her first trip as prime minister –")',
    [
      'Dana Mireault – on her first foreign trip as prime minister – admitted there is “a limit” to a reply.',
      'In Dublin she met Irish Prime Minister Colm Rafferty, who called the ties “always close”.',
      'Later, Mireault was asked how far she would go.',
      'The prime minister said the response would be “measured, not rash”.',
    ],
    ['Dana Mireault', 'Colm Rafferty', 'Dana Mireault'],
  ],
  [
    'a day told by an adverb ends the source of a statement ("from the White House yesterday")',
    [
      'President Tomas Brandt signed an order on widgets.',
      'According to a statement from the White House yesterday (3 May) “widgets shall not be subject to the duty”.',
    ],
    ['White House'],
  ],
  [
    'a plural title before two names is both people\'s, and "they" then means the two of them',
    [
      '"Peru sells us 60% of our widgets," said Harlow Analytics Economists Ann Rowe and Tim Vale.',
      '"A key question is whether there will be waivers," they added in a note.',
    ],
    ['Ann Rowe and Tim Vale', 'Ann Rowe and Tim Vale'],
  ],
  [
    'a reporting clause between commas before a participial clause ("…, its farm minister said, rejecting …")',
    [
      'Norland will respond "calmly but firmly" to protect its farmers if Lindovia raises duties on the bloc\'s grain, its farm minister said on Tuesday, rejecting Lindovian President Karl Voss\'s claim that the trade is unfair.',
      '"We are ready," said Ana Soto, Norland\'s farm minister.',
    ],
    ['Ana Soto', 'Ana Soto'],
  ],
  [
    'a portfolio in lower case after the office in an appositive ("minister for trade and industry") names the holder\'s field',
    [
      '"We will answer calmly," said Hannah Colwell, Norland\'s minister for trade and industry, on Monday.',
      'The trade chief said the bloc would "stay united".',
    ],
    ['Hannah Colwell', 'Hannah Colwell'],
  ],
  [
    'a voice a pronoun owns ("his administration promised", "his spokesman said") is the one the pronoun means',
    [
      'President Karl Voss spoke on Monday. While his administration promised "ten deals in ten days," few were signed.',
      'The levies were "a fair answer," his spokesman said.',
    ],
    ['Karl Voss', 'Karl Voss'],
  ],
  [
    'a US lawmaker\'s party and state after the name ("(D-Ore.)", ", R-Neb.,") is a label, not the speaker',
    [
      'Rep. Ana Fuller (D-Ore.) called the levies "a mistake."',
      'Sen. Tom Briggs, R-Neb., said they were "a tax on farmers."',
    ],
    ['Ana Fuller', 'Tom Briggs'],
  ],
  [
    'a reporting clause before a participial clause that ends reported speech ("…, said the spokesperson, adding that the country …")',
    [
      'Chile will answer any new levy, a spokesperson for the Ministry of Trade said on Friday.',
      'Chile will not accept such terms, said the spokesperson in a statement, adding that the country has the means to defend its farmers.',
      '"This is a pretext for bullying," the spokesperson said.',
    ],
    ['Ministry of Trade'],
  ],
  [
    '"the official added" right after a body\'s quotation is the official who spoke for that body',
    [
      '"We will not bow to pressure," a spokesperson for the Ministry of Trade said on Monday.',
      '"The door stays open," the Chilean official added.',
    ],
    ['Ministry of Trade', 'Ministry of Trade'],
  ],
  [
    'an office and a description in lower case joined by "and" before the name ("adviser and longtime aide Ann Roy")',
    ['"We will not back down," senior trade adviser and longtime aide Ann Roy wrote in a post on X.'],
    ['Ann Roy'],
  ],
  [
    'a court quoted after "ruled that", itself or through a panel of its judges ("a three-judge panel of the X ruled that")',
    [
      'The Federal Court ruled that the duties were "beyond the law."',
      'A three-judge panel of the Court of Appeals ruled that the levies "exceed the powers the law grants."',
    ],
    ['Federal Court', 'Court of Appeals'],
  ],
  [
    'words in the that-clause of a remark whose owner is named by office ("Responding to the president\'s claim that …") are the owner\'s',
    [
      'President Karl Voss announced new levies on Monday.',
      'Responding to the president\'s claim that the bloc was built to "cheat us all," Ana Soto said that "the union has served both sides."',
    ],
    ['Karl Voss', 'Ana Soto'],
  ],
  [
    '"the court wrote" is the court the narration put forward, not one named after it in a phrase',
    [
      'The High Court struck down the levies on Friday, overturning a ruling by the Federal Court.',
      '"The statute does not reach duties," the court wrote.',
    ],
    ['High Court'],
  ],
  [
    'a comparison is speech ("X compared the levies to “…”, adding, “…”"), not words of the one whose comments the sentence opens on',
    [
      'Prime Minister Ana Soto spoke in Ottawa on Monday.',
      'Soto\'s comments came after President Karl Voss on Sunday compared the levies to "a fair toll," adding, "Every country pays it."',
    ],
    ['Karl Voss', 'Karl Voss'],
  ],
  [
    '"the diplomat said" is not a source the article only described otherwise ("a senior White House official")',
    [
      '"We will respond calmly," a senior White House official said.',
      '"We are not going to accept it," the diplomat said.',
    ],
    ['senior White House official', null],
  ],
  // Testimonial lists and pull quotes sign each quotation on the line under it.
  [
    'a signature line under a quotation paragraph names who says it',
    [
      'Shop owners told us how the levies hit them.',
      '“Our supplier raised prices twice this spring.”',
      'Nora Blevins, owner, Blue Kettle Cafe, Dayton, Ohio',
      '"We cut two shifts because steel now costs a third more."',
      '— Tomas Verhoeven, plant manager, Holt Fabrication',
      '“Nobody can plan a season like this.”',
      'Greta Lindqvist, Trade Minister',
    ],
    ['Nora Blevins', 'Tomas Verhoeven', 'Greta Lindqvist'],
  ],
  [
    'a participle after an adverb in a noun phrase ("the newly announced levies") is no speech verb',
    [
      'Prime Minister Eva Lund spoke on Monday.',
      'Trade Minister Lars Holm defended the prime minister’s newly announced levies, arguing that they will “restore the strength of our mills.”',
    ],
    ['Lars Holm'],
  ],
  [
    '"the official" after an official described by the body named after them ("an official from the ministry")',
    [
      'A senior official from the Lindovian Ministry of Finance said the duties would weigh on exports.',
      '"We expect it to ease next year," the official said.',
      '"Several firms have written to us," the official added.',
    ],
    [
      'senior official from the Lindovian Ministry of Finance',
      'senior official from the Lindovian Ministry of Finance',
    ],
  ],
  [
    'an official with no body after them is unknown',
    ['"We expect a deal soon," an official with knowledge of the talks said.'],
    [null],
  ],
  [
    'a sentence after a quotation paragraph is no signature',
    ['Trade Minister Lars Holm met exporters.', '“We will not blink.”', 'Nora Blevins, an owner, disagreed.'],
    ['Lars Holm'],
  ],
];

describe('how news attributes speech', () => {
  it.each(CASES)('%s', (_, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected);
  });
});

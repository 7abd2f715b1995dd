import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * `/quote <speaker>` through the console, as a user asks, of news wording the quotation rules of
 * stops 37 and 38 read (sentences written for this test): a firm's analysts, a shortened title, an
 * aside between dashes, a verb of feeling, a titled minister named after the body, a hint, a
 * relative clause with no comma, a roundup's statement label,
 * a title in the plural, the US
 * president left untitled, a hearing's question and reply; and of stop 39: a question word opening
 * a heading after a bar, a capitalised pronoun after a quotation that ends its sentence, an occupation in lower case
 * before a name, a verb coordinated after the quotation,
 * "according to him", an opening adverbial of time before a participle's subject,
 * "came the reply"; and of stop 40: a place with its region ("Washington, D.C.") inside an opening clause,
 * a curly mark typed twice, a possession in an opening adverbial before "he", a lede set in capitals; and of
 * stop 41: an unnamed official known by the body they serve, "the spokesperson" named in an appositive, a Title Case dateline, a
 * briefing question after "asked:"; and of stop 42: a participle after a reporting clause that ends the sentence,
 * a participle with its own subject after "with" past an earlier speech verb,
 * a surname written only where sentences open, then "she", a verb of judgement ("considers it “…”"), a
 * spokesman known by whom he speaks for after someone else was named, "would consider" after "she said"; and of stop 43: a portfolio of words that name no office
 * before the name in an appositive, a pronoun replying to the words before, an office's word run into
 * the name, a possessive run into the name, "She added" after a sentence that ends on "X." or "U.S.",
 * "her Weibo post said", "he replied" to a question put to him in the sentence before; and of stop 44:
 * a surname after "the U.S." that closed the sentence before, "assured that", "summarized X",
 * "he added" after a name first met in "the X administration", "in a Facebook statement, he said"; and of stop 46:
 * "indicated that", an office held "as prime minister" in an aside after the name; and of stop 53: a reporting
 * clause between commas before a participial clause, a portfolio in lower case after the office in an appositive, "her spokesman said", a US lawmaker's party and state
 * after the name; and of stop 56: the reporting clause before a participial clause that ends a sentence of reported speech,
 * "the official added" right after a body's quotation, an office and a description in lower case joined by "and"
 * before the name, a court quoted after "ruled that", itself or through a panel of its judges, the that-clause of a
 * remark whose owner is named by office, "the court wrote" after the court the narration put forward, a comparison,
 * "the diplomat" who is not a source described otherwise.
 */
describe('/quote finds the speaker news names in its own ways', () => {
  it.each([
    [
      'harlow bank',
      ['“The risk of a recession is rising,” analysts at Harlow Bank wrote in a note to clients.'],
      'recession',
    ],
    [
      'lim boon keng',
      ['DPM Lim Boon Keng spoke later.', '“We will keep engaging Washington,” the deputy prime minister said.'],
      'keep engaging',
    ],
    [
      'fortin',
      [
        'Premier Dana Fortin spoke after the meeting.',
        'Speaking to reporters, Fortin – who has been vocal about the levies – said: “We will hit back at every turn.”',
      ],
      'hit back',
    ],
    [
      'ott',
      [
        'Finance Minister Karl Ott was in Paris on Monday.',
        'Economist Jana Weber said the deal was a “defeat for Europe”.',
        'Weber later spoke to reporters, and Ott voiced “grave concern about the steel quota” on Tuesday.',
      ],
      'grave concern',
    ],
    [
      'hale',
      ['Prime Minister Owen Hale hinted on Monday that a deal with Norway is "coming soon" for farmers.'],
      'coming soon',
    ],
    [
      'owen hale',
      [
        'Karl Brandt raised duties on Monday after a spat with the Danish Prime Minister Owen Hale who called him a "bully."',
      ],
      'bully',
    ],
    [
      'norwegian seafood council',
      ['Reactions came quickly.', 'NORWEGIAN SEAFOOD COUNCIL STATEMENT', '"We urge both sides to keep talking."'],
      'keep talking',
    ],
    [
      'joshua hale',
      [
        'In the first line of the statement from Harlow Group, which represents the CEOs of big Norwegian firms, CEO Joshua Hale made clear the group "supports free trade."',
      ],
      'supports free trade',
    ],
    [
      'trump',
      [
        'Donald Trump spoke to reporters on Friday.',
        'Ingrid Dahl, the Norwegian trade minister, said talks would go on.',
        '"We will see what happens," the US president said.',
      ],
      'see what happens',
    ],
    [
      'jane porter',
      [
        'Senator Jane Porter pressed Ivo Marek on prices. "Will families pay more?" Marek replied: "Not in the long run."',
      ],
      'families pay more',
    ],
    [
      'ravi menon',
      [
        'Trade Minister Ravi Menon met farmers on Sunday.',
        'Live updates | What Menon said on dairy; how rivals reacted',
        '“No, not at all,” Menon answered when asked about the dairy quota.',
      ],
      'not at all',
    ],
    [
      'karl voss',
      [
        'Premier Karl Voss posted again on Sunday.',
        '"Do not be weak! Do not be timid!" He added that more duties would come.',
      ],
      'not be timid',
    ],
    ['jana weber', ['“Importers will pay the bill,” trade lawyer Jana Weber said on Monday.'], 'pay the bill'],
    [
      'ana ruiz',
      [
        'Premier Ana Ruiz said her government has “promising” offers from Peru, Chile and Ecuador, but said no deal was close.',
      ],
      'promising',
    ],
    [
      'rui matos',
      [
        'Vice President Rui Matos spoke on Friday.',
        'According to him, the offer from Washington was “far from enough.”',
      ],
      'far from enough',
    ],
    [
      'voss',
      [
        'Premier Karl Voss wrote on Monday that talks had failed.',
        'Two hours later, the premier made a new post claiming that the country had a chance to “do what should have been done long ago.”',
      ],
      'long ago',
    ],
    [
      'ivo marek',
      [
        'Senator Jane Porter asked Trade Minister Ivo Marek whether prices would rise. “Not in the long run,” came the terse reply.',
      ],
      'long run',
    ],
    [
      'lee jun-ho',
      [
        'Minister Lee Jun-ho met Karl Voss, the commerce secretary, on Monday.',
        'After visiting the ministry in Washington, D.C. and meeting Voss, Lee told reporters there had been “a lot of dialogue.”',
        'Asked whether the levy was lifted, he said, “It is too early to say.”',
      ],
      'too early to say',
    ],
    ['okonkwo', ['““Talks went well,” Maria Okonkwo said on Monday.'], 'Talks went well'],
    [
      'voss',
      [
        'Prime Minister Lena Hart spoke from Perth on Thursday.',
        'During Karl Voss’s speech, he singled out the beef industry.',
        '“Norland bans our beef,” he said.',
      ],
      'bans our beef',
    ],
    ['byrne', ['TAOISEACH CIARÁN BYRNE has said the European Union needs to “act as one” on tariffs.'], 'act as one'],
    [
      'reddick',
      [
        'Premier Tom Reddick spoke in Port Alder on Thursday.',
        'The Norland premier stressed “we can hit back” against the levies.',
      ],
      'hit back',
    ],
    [
      'white house official',
      ['A senior White House official, speaking anonymously, told reporters, “The framework is agreed.”'],
      'framework is agreed',
    ],
    [
      'ana brel',
      [
        'The EU froze its countermeasures to “give talks a chance.”',
        '“We want a fair outcome,” said Novak’s spokesperson, Ana Brel, at a briefing.',
        'The aim is to “avoid a harmful escalation,” the spokesperson added.',
      ],
      'harmful escalation',
    ],
    [
      'ana robles',
      [
        'President Ana Robles announced a call with Washington.',
        'Puerto Lindo.- “This week we have a call scheduled,” the head of the Executive revealed at her press conference.',
      ],
      'call scheduled',
    ],
    [
      'karl voss',
      [
        'At the regular press conference, a reporter asked: Karl Voss issued a statement on Tuesday, once again calling on Lindovia to act, and stating that “the ball is in Lindovia’s court”. What is your comment?',
      ],
      'ball is in',
    ],
    [
      'lena hart',
      [
        'The bloc is “ready to respond” to protect its makers, Commission President Lena Hart said after Karl Voss announced new levies on Nordland cars, urging Washington to “choose talks over threats”.',
      ],
      'choose talks over threats',
    ],
    [
      'varga',
      [
        'The opposition pointed the finger at the cabinet, with trade spokesman Damien Varga saying the episode was “a major failure for the country”.',
        '“The prime minister has failed our exporters,” he said.',
      ],
      'failed our exporters',
    ],
    [
      'okafor',
      [
        'Okafor said Ireland had far lower tariffs on American goods than the reverse. She said officials would keep making that case.',
        '“We will keep talking to our friends in Washington about that,” she said.',
      ],
      'keep talking',
    ],
    [
      'karl ott',
      ['Finance Minister Karl Ott considers it “entirely realistic” that exports will recover.'],
      'entirely realistic',
    ],
    [
      'prime minister’s official spokesman',
      [
        'Ministers will stay calm, the government said, after Karl Voss threatened levies on Nordland steel.',
        'Asked about the threat, the Prime Minister’s official spokesman said the two countries “talk every week about trade”.',
      ],
      'talk every week',
    ],
    [
      'ana soto',
      [
        'Trade Minister Ana Soto called the levies “deeply unfair”. She said Lindovia would consider its answer in a “calm and measured manner.”',
      ],
      'calm and measured',
    ],
    [
      'halvorsen',
      [
        'After the first round of talks, Norland’s Minister of Economic Renewal, Halvorsen, said, “We want a deal within 90 days.”',
      ],
      'deal within 90 days',
    ],
    [
      'tom reed',
      [
        'During an interview with Finance Minister Tom Reed, presenter Anna Blake said prices had risen.',
        '“So you have made a deal, but we pay more,” the presenter noted.',
        'He replied: “Tariffs are bad for everyone.”',
      ],
      'bad for everyone',
    ],
    [
      'owen hale',
      ['The chief secretary to the Treasury Owen Hale spoke on Monday.', '“The deal protects jobs,” Hale said.'],
      'protects jobs',
    ],
    ['lena park', ['The Morning Show’sLena Park suggested the deal was “the best of a bad lot”.'], 'bad lot'],
    [
      'mara lind',
      [
        'President Mara Lind called the levies unfair. "We reject the charge," she posted on X. She added, "Talks, yes; surrender, no."',
      ],
      'surrender, no',
    ],
    [
      'tomas berg',
      ['Minister Tomas Berg said new plants are welcome in the U.S. He added, "we will approve them within weeks."'],
      'approve them',
    ],
    [
      'mira holt',
      [
        'President Mira Holt said the two sides would reach a “fair agreement” on tariffs.',
        'In an interview aired on Monday, Holt was asked whether a deal could be signed at the Asia-Pacific Economic Cooperation summit. “It may take time,” he replied.',
      ],
      'It may take time',
    ],
    [
      'nora vale',
      ['Nora Vale said Lindovia would pay.', '“The days of ripping us off are over,” her Weibo post said.'],
      'ripping us off',
    ],
    [
      'anne moreau',
      [
        'Trade Minister Anne Moreau met her counterpart on Friday.',
        'Levies now apply to steel that enters the U.S. Moreau said that while "we were let down," talks would go on.',
      ],
      'let down',
    ],
    [
      'olaf berg',
      [
        'In a briefing on Friday, the bloc\'s Trade spokesman, Olaf Berg, assured that the Commission "will take every step" to help growers.',
      ],
      'every step',
    ],
    [
      'holt',
      [
        'The Holt administration extended its pause on Monday.',
        'Finance Minister Ada Rusk said on Sunday that talks would go on.',
        'Asked whether the deadline was firm, Holt said, “I would say firm, but not fully firm.”',
        '“If they call up, we will be open to that,” he added.',
      ],
      'If they call up',
    ],
    [
      'lee min-ho',
      [
        'President Lee Min-ho welcomed the deal on Wednesday.',
        'In a Facebook statement, he said that Seoul “gathered many views and refined our plans” before the deal.',
      ],
      'gathered many views',
    ],
    [
      'vance',
      [
        'Trade Secretary Nora Vance spoke after the finance minister, Piet Aalders, warned of retaliation.',
        'Asked about Aalders’s remarks, Vance indicated that London would not “rule anything out”.',
      ],
      'rule anything out',
    ],
    [
      'mireault',
      [
        'Dana Mireault – on her first foreign trip as prime minister – met Irish Prime Minister Colm Rafferty.',
        'Later, Mireault was asked how far she would go.',
        'The prime minister said the response would be “measured, not rash”.',
      ],
      'measured, not rash',
    ],
    [
      'ana soto',
      [
        'Norland will respond “calmly but firmly” to protect its farmers if Lindovia raises duties on the bloc’s grain, its farm minister said on Tuesday, rejecting Lindovian President Karl Voss’s claim that the trade is unfair.',
        '“We are ready,” said Ana Soto, Norland’s farm minister.',
      ],
      'calmly but firmly',
    ],
    [
      'hannah colwell',
      [
        '“We will answer calmly,” said Hannah Colwell, Norland’s minister for trade and industry, on Monday.',
        'The trade chief said the bloc would “stay united”.',
      ],
      'stay united',
    ],
    [
      'ana lind',
      ['Prime Minister Ana Lind spoke on Monday.', 'The levies were “a fair answer,” her spokesman said.'],
      'fair answer',
    ],
    ['ana fuller', ['Rep. Ana Fuller (D-Ore.) called the levies “a mistake.”'], 'a mistake'],
    [
      'ministry of trade',
      [
        'Chile will answer any new levy, a spokesperson for the Ministry of Trade said on Friday.',
        'Chile will not accept such terms, said the spokesperson in a statement, adding that the country has the means to defend its farmers.',
        '“This is a pretext for bullying,” the spokesperson said.',
      ],
      'pretext for bullying',
    ],
    [
      'ministry of trade',
      [
        '“We will not bow to pressure,” a spokesperson for the Ministry of Trade said on Monday.',
        '“The door stays open,” the Chilean official added.',
      ],
      'door stays open',
    ],
    [
      'ann roy',
      ['“We will not back down,” senior trade adviser and longtime aide Ann Roy wrote in a post on X.'],
      'not back down',
    ],
    [
      'court of appeals',
      ['A three-judge panel of the Court of Appeals ruled that the levies “exceed the powers the law grants.”'],
      'exceed the powers',
    ],
    [
      'karl voss',
      [
        'President Karl Voss announced new levies on Monday.',
        'Responding to the president’s claim that the bloc was built to “cheat us all,” Ana Soto said that “the union has served both sides.”',
      ],
      'cheat us all',
    ],
    [
      'high court',
      [
        'The High Court struck down the levies on Friday, overturning a ruling by the Federal Court.',
        '“The statute does not reach duties,” the court wrote.',
      ],
      'does not reach duties',
    ],
    [
      // The judges of a ruling speak for their court, by that name or by a pronoun after it.
      'federal court',
      [
        'A three-judge panel on the Federal Court has struck down the levies.',
        '“The statute sets no limit on duties,” the judges write.',
        '“The orders exceed the statute,” they write.',
      ],
      'sets no limit on duties | The orders exceed the statute',
    ],
    [
      // The owner of a claim named after the noun says what its that-clause quotes.
      'ana vell',
      [
        'Ministers met on Monday.',
        'Soto rejected a claim from Ana Vell, the president’s trade adviser, that copper from Norland is "killing" the market.',
      ],
      'killing',
    ],
    [
      // "affirming" is a speech verb in every form, as "saying" is.
      'ana soto',
      [
        'Ministers met on Monday.',
        'The bloc will hold a summit on Thursday, with Trade Chief Ana Soto affirming the bloc will “stand its ground” in talks.',
      ],
      'stand its ground',
    ],
    [
      'high court',
      ['The High Court heard the case on Friday.', '“Duties are taxes,” the justices said.'],
      'Duties are taxes',
    ],
    [
      // A determiner cut off by a comma ("rejected this, writing") opens no noun phrase: the
      // participle after it is the subject's speech.
      'high court',
      [
        'Trade Minister Ana Soto argued the levy was “fully lawful” under the act. However, the High Court rejected this, writing, “Duties are taxes, and taxes belong to parliament.”',
      ],
      'Duties are taxes',
    ],
    [
      // A title's word before a body's noun ("Justice Department") names the body, not a judge.
      'justice department',
      [
        'Lawyers for the Justice Department argued on Monday.',
        'The Justice Department argued the law lets a president “regulate or block” imports.',
      ],
      'regulate or block',
    ],
    [
      'karl voss',
      [
        'Prime Minister Ana Soto spoke in Ottawa on Monday.',
        'Soto’s comments came after President Karl Voss on Sunday compared the levies to “a fair toll,” adding, “Every country pays it.”',
      ],
      'Every country pays it',
    ],
  ])('/quote %s lists the quotation', async (query, paragraphs, words) => {
    const { quotes } = await quoteStory(query, paragraphs);
    expect(quotes.join(' | ')).toContain(words);
  });
});

describe('/quote never takes for a speaker a word that names no one', () => {
  it.each([
    [
      // A short quotation after a noun of an idea ("the problem of") is a term it names, not speech.
      'lars holm',
      [
        'Ministers met on Monday.',
        'Referring to the problem of “stacking” where goods pay several tariffs at once, Lars Holm also said Norland wants relief.',
      ],
    ],
    [
      // The goods a tariff is on, in marks as an order words them, are a name, not speech.
      'white house official',
      [
        'The list of goods covered by 100% tariffs on “patented and branded drugs” is unclear, a White House official said.',
      ],
    ],
    [
      'august',
      [
        'Questions remain as to whether the August deadline will be pushed back.',
        '“If they call up, we will be open to that,” he added.',
      ],
    ],
    [
      'promise',
      ['Trade Talks Under the New Administration', '“Ninety Deals in Ninety Days” Promise', 'Few deals were signed.'],
    ],
  ])('/quote %s lists no quotation', async (query, paragraphs) => {
    const { quotes } = await quoteStory(query, paragraphs);
    expect(quotes).toEqual([]);
  });

  it('/quote finds words after "the newly announced levies" under the one who defended them', async () => {
    const { quotes } = await quoteStory('lars holm', [
      'Prime Minister Eva Lund spoke on Monday.',
      'Trade Minister Lars Holm defended the prime minister’s newly announced levies, arguing that they will “restore the strength of our mills.”',
    ]);
    expect(quotes).toEqual(['restore the strength of our mills.']);
  });

  it('/quote of a described source leaves out what "the diplomat" said after them', async () => {
    const { quotes } = await quoteStory('senior white house official', [
      '“We will respond calmly,” a senior White House official said.',
      '“We are not going to accept it,” the diplomat said.',
    ]);
    expect(quotes).toEqual(['We will respond calmly']);
  });
});

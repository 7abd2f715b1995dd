import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';

/** The quotations of one article made of `paragraphs`, with their speakers' names. */
function quotesIn(...paragraphs: string[]) {
  const { speakers, quotes } = attributeQuotes(articleOf('test-article', '2025-06-01', paragraphs));
  return quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker === null ? null : (speakers[q.speaker]?.name.join(' ') ?? '?'),
    rule: q.rule,
    partial: q.partial,
    paragraph: q.paragraph,
  }));
}

const speakersOf = (...paragraphs: string[]) => quotesIn(...paragraphs).map((q) => q.speaker);

describe('speech verb and name', () => {
  it('finds the speaker after the quotation, in either order', () => {
    expect(
      quotesIn(
        '"We are ready for any outcome," said Jane Doe, a senior fellow at the Brookings Institution.',
        '"It is not over," Jane Doe told reporters.',
      ),
    ).toMatchObject([
      { text: 'We are ready for any outcome', speaker: 'Jane Doe', rule: 'name', partial: false },
      { text: 'It is not over', speaker: 'Jane Doe', rule: 'name' },
    ]);
  });

  it('finds the speaker before the quotation, past a title and an appositive', () => {
    expect(
      quotesIn(
        'European Trade Commissioner Jan Novak, who flew to Washington on Monday, said the bloc would "respond firmly" to new levies.',
      ),
    ).toMatchObject([{ text: 'respond firmly', speaker: 'Jan Novak', rule: 'name', partial: true }]);
  });

  it('reads a title with a complement, and a name given in an appositive', () => {
    expect(
      quotesIn(
        'Secretary of State Marco Rubio said the talks were "productive."',
        'Spokesperson of the Ministry of Foreign Affairs Mao Ning said China would "never accept" the terms.',
        'A spokesperson, Kush Desai, said the administration "will not back down."',
        'The White House said in a statement that it "remains confident" in the plan.',
      ),
    ).toMatchObject([
      { speaker: 'Marco Rubio', rule: 'name' },
      { speaker: 'Mao Ning', rule: 'name' },
      { speaker: 'Kush Desai', rule: 'name' },
      { speaker: 'White House', rule: 'organisation' },
    ]);
  });

  it('keeps name particles and leaves an affiliation out of the name', () => {
    expect(
      speakersOf(
        'Ursula von der Leyen, the commission president, said the EU "deeply regrets" the move.',
        '"It is a body blow," said Gareth Stace of UK Steel.',
        'The University of Chicago said the study was "preliminary."',
        '"Ninety days is short," said Wendy Cutler of the Asia Society Policy Institute.',
      ),
    ).toEqual(['Ursula von der Leyen', 'Gareth Stace', 'University of Chicago', 'Wendy Cutler']);
  });

  it('finds the subject of a relative clause', () => {
    expect(
      speakersOf(
        'The deal includes $150 billion for shipyards, which Kim Yong-beom described as "a symbol of the alliance."',
      ),
    ).toEqual(['Kim Yong-beom']);
  });

  it('reads a colon introduction and "according to"', () => {
    expect(
      speakersOf(
        'Agriculture Minister Ana Lima put it plainly in a speech on Friday. Lima added: "We will find other buyers."',
        'According to economist Raj Patel, "the damage will last for years."',
      ),
    ).toEqual(['Ana Lima', 'Raj Patel']);
  });

  it('gives a participle or a coordinated verb the subject of its clause', () => {
    expect(
      quotesIn(
        'Honda Motor Co cut its annual outlook on Tuesday, warning that tariffs would "hit margins hard."',
        'Brazil\'s foreign ministry condemned the duties and said it would "respond in kind."',
      ),
    ).toMatchObject([
      { speaker: 'Honda Motor Co', rule: 'organisation' },
      { speaker: "Brazil's foreign ministry", rule: 'organisation' },
    ]);
  });
});

describe('back-references', () => {
  it('resolves a surname, a family name and an honorific to the person named before', () => {
    expect(
      quotesIn(
        'Finance Minister Paul Martin met his counterparts in Ottawa.',
        '"We have a plan," Martin said.',
        'Vice Premier Li Qiang also spoke. "China is open," Li said.',
        'Ms. Ortega, the trade envoy, disagreed. "That is not enough," Ms. Ortega said.',
      ),
    ).toMatchObject([
      { speaker: 'Paul Martin', rule: 'surname' },
      { speaker: 'Li Qiang', rule: 'surname' },
      { speaker: 'Ortega', rule: 'name' },
    ]);
  });

  it('resolves a role noun to the person whose title has it', () => {
    expect(
      quotesIn(
        'Commerce Secretary Gina Park and Senator Tom Reyes toured the plant.',
        '"The jobs are coming back," the commerce secretary said.',
        '"I will believe it when I see it," the senator said.',
      ),
    ).toMatchObject([
      { speaker: 'Gina Park', rule: 'role' },
      { speaker: 'Tom Reyes', rule: 'role' },
    ]);
  });

  it('never guesses a role noun that fits no one named', () => {
    expect(
      speakersOf('Trade Representative Ken Ito met officials in Geneva.', '"Nothing was agreed," the official said.'),
    ).toEqual([null]);
  });

  it('reads a role noun as the person just put forward when the article gives no one that title', () => {
    expect(
      quotesIn(
        'Rosa Delgado signed the order on Friday.',
        'Imports will face the new duty, which the president said was needed "to protect the factories that built this country."',
      ),
    ).toMatchObject([{ speaker: 'Rosa Delgado', rule: 'role' }]);
    // Someone titled otherwise, or a role news uses for people it does not name, is not guessed.
    expect(
      speakersOf(
        'Finance Minister Omar Haddad met Ken Ito in Geneva.',
        'The tariffs, the president said, would "stay until the deficit is gone."',
        '"Nothing was agreed," the official said.',
      ),
    ).toEqual([null, null]);
  });

  it('resolves a pronoun to the subject before it, not to the people around it', () => {
    expect(
      speakersOf(
        'Jane Smith, who met Foreign Minister Li Wei and Commerce Secretary Tom Brown on Monday, said the talks went well.',
        '"We made progress," she said.',
      ),
    ).toEqual(['Jane Smith']);
  });

  it('skips a person of the other gender', () => {
    expect(speakersOf('Mr. Adams met Ms. Baker in Brussels.', '"We will keep talking," she said.')).toEqual(['Baker']);
  });

  it('leaves a pronoun with nobody to refer to unknown', () => {
    expect(quotesIn('"We will see what happens," he said.')).toMatchObject([{ speaker: null, rule: 'unknown' }]);
  });

  it('resolves "It" and "the ministry" to the organisation named before', () => {
    expect(
      quotesIn(
        'Germany\'s Federation of Industries said the tariffs were "a heavy blow." It said members would "adapt quickly."',
        'China\'s Ministry of Commerce filed a complaint. "We firmly oppose this," the ministry said.',
      ),
    ).toMatchObject([
      { speaker: "Germany's Federation of Industries", rule: 'organisation' },
      { speaker: "Germany's Federation of Industries", rule: 'pronoun' },
      { speaker: "China's Ministry of Commerce", rule: 'role' },
    ]);
  });
});

describe('continuations', () => {
  it('gives a quotation with no cue the speaker of the one before, past a line of narration (within three paragraphs)', () => {
    expect(
      quotesIn(
        '"Tariffs are a tax," said Mary Lovely, an economist. "Consumers pay them."',
        '"This will not end soon."',
        'Markets fell on the news.',
        '"Nobody expected this."',
      ),
    ).toMatchObject([
      { speaker: 'Mary Lovely', rule: 'name' },
      { speaker: 'Mary Lovely', rule: 'continuation' },
      { speaker: 'Mary Lovely', rule: 'continuation' },
      { speaker: 'Mary Lovely', rule: 'continuation' },
    ]);
    expect(
      speakersOf(
        '"Tariffs are a tax," said Mary Lovely, an economist.',
        'Markets fell on the news.',
        'Traders sold shares.',
        'Exporters worried.',
        '"Nobody expected this."',
      ),
    ).toEqual(['Mary Lovely', null]);
  });

  it('gives a quotation with no cue and none before it the one the narration just put forward', () => {
    expect(
      quotesIn(
        'Trade Minister Ana Costa defended the agreement before parliament on Tuesday.',
        '"This deal protects our farmers and opens new markets for them."',
        'Shares of exporters rose after the vote.',
        '"No one can tell how long the truce will hold."',
      ),
    ).toMatchObject([
      { speaker: 'Ana Costa', rule: 'context' },
      { speaker: 'Ana Costa', rule: 'continuation' },
    ]);
    // An attribution that names no one stays unknown.
    expect(
      speakersOf(
        'Trade Minister Ana Costa spoke on Tuesday.',
        'An aide said: "The minister will not resign over this."',
      ),
    ).toEqual([null]);
  });

  it('gives every quotation of a sentence to the reporting clause that ends it', () => {
    expect(
      quotesIn(
        "China's Ministry of Commerce issued a statement on Monday.",
        'Beijing wants Washington to "withdraw the measures at once" and to end what it sees as "groundless and unilateral bullying," the ministry said.',
      ),
    ).toMatchObject([
      { text: 'withdraw the measures at once', speaker: "China's Ministry of Commerce", rule: 'role' },
      { text: 'groundless and unilateral bullying', speaker: "China's Ministry of Commerce", rule: 'role' },
    ]);
  });

  it('joins a quotation continued into the next paragraph, attributed where it closes', () => {
    expect(
      quotesIn('"We were not consulted. This is unacceptable.', '"We will respond," Prime Minister Ana Costa said.'),
    ).toMatchObject([
      { text: 'We were not consulted. This is unacceptable. We will respond', speaker: 'Ana Costa', paragraph: 1 },
    ]);
  });
});

describe('what is not a quotation, and who is not a speaker', () => {
  it('drops scare quotes, quoted names and quoted modifiers', () => {
    expect(
      quotesIn(
        'The administration defended its "reciprocal" duties.',
        'Exporters fear the so-called "Section 232 review" will widen.',
        'The "Made in Europe" label is spreading.',
        'Officials said the "snapback provision" clause was dropped.',
        'Beijing condemned what it called the US\' "wanton" tariff increases.',
      ),
    ).toEqual([]);
  });

  it('keeps a two-word quotation that a speech verb introduces, as partial', () => {
    expect(quotesIn('Ambassador Ruth Kim called the offer "deeply insulting."')).toMatchObject([
      { text: 'deeply insulting.', speaker: 'Ruth Kim', partial: true },
    ]);
  });

  it('keeps unnamed sources unknown', () => {
    expect(
      speakersOf(
        '"There is no deal yet," a person familiar with the talks said.',
        'Two officials said the tariff would "almost certainly" rise.',
        'A spokeswoman for the European Commission said it would "study the proposal."',
      ),
    ).toEqual([null, null, 'European Commission']);
  });

  it('does not take a name inside a quotation for the speaker', () => {
    expect(speakersOf('"President Lee will decide," said Min-jun Park, a trade official.')).toEqual(['Min-jun Park']);
  });
});

describe('failure classes of real news (issue 12)', () => {
  it('folds honorifics into one person and reads a role the article titles later', () => {
    expect(
      quotesIn(
        'The prime minister welcomed a "good day for farmers" as the accord was signed.',
        'Prime Minister Dame Alice Thornbury met the delegation in Leeds.',
        '"We kept our word," Ms Thornbury said.',
      ),
    ).toMatchObject([
      { text: 'good day for farmers', speaker: 'Alice Thornbury', rule: 'role' },
      { text: 'We kept our word', speaker: 'Alice Thornbury', rule: 'surname' },
    ]);
  });

  it('quotes statements, letters and posts as their author’s', () => {
    expect(
      speakersOf(
        '"The levy breaks the rules," the statement from a Ministry of Energy office said.',
        'Governor Paul Mendez signed a decree on Friday. "Imports will fall sharply," the decree read.',
        '"Our farmers come first," the ministry\'s statement said.',
      ),
    ).toEqual(['Ministry of Energy', 'Paul Mendez', 'Ministry of Energy']);
  });

  it('keeps the named speaker when "according to" names only the text that reports the words', () => {
    expect(
      speakersOf(
        'Lin Bo said the partners must stay "close friends," according to a summary issued by the news agency.',
      ),
    ).toEqual(['Lin Bo']);
  });

  it('never takes a sentence-opening capitalised word or a glued headline for a name', () => {
    expect(
      quotesIn(
        'Broader fallout for exporters Garcia stressed the scale of the change, saying, "Nothing like this has happened before."',
        'Proposal on quotas Senator Ruth Adler spoke next. "We should wait," she said.',
      ),
    ).toMatchObject([
      { text: 'Nothing like this has happened before.', speaker: 'Garcia' },
      { text: 'We should wait', speaker: 'Ruth Adler', rule: 'pronoun' },
    ]);
  });

  it('reads a name with a nickname in marks and a "Jr." as one person', () => {
    expect(
      quotesIn(
        'President Rodrigo “Rocky” Alvarez Jr. praised the accord as a "real gain" for growers.',
        '"We asked for more," Alvarez said.',
      ),
    ).toMatchObject([
      { text: 'real gain', speaker: 'Rodrigo Alvarez Jr' },
      { text: 'We asked for more', speaker: 'Rodrigo Alvarez Jr', rule: 'surname' },
    ]);
  });

  it('takes the verbs of praise and blame as speech, and skips an adverb before the verb', () => {
    expect(
      speakersOf(
        'Senator Ruth Adler hailed the vote as "a turning point."',
        'Governor Paul Mendez blasted the plan as "reckless."',
        'Mendez had initially said the deal "could work."',
      ),
    ).toEqual(['Ruth Adler', 'Paul Mendez', 'Paul Mendez']);
  });

  it('does not read "Trump\'s threatened tariffs" as a speech verb', () => {
    expect(
      speakersOf(
        'Governor Paul Mendez sharply criticized Ana Ruiz’s threatened levies on dairy, calling the move "badly timed."',
      ),
    ).toEqual(['Paul Mendez']);
  });

  it('reads the generic head of a role ("the Treasury chief") against the titles given before', () => {
    expect(
      speakersOf(
        'Treasury Secretary Omar Haddad met his counterpart on Monday.',
        'Speaking later, the Treasury chief said, "We are not there yet."',
      ),
    ).toEqual(['Omar Haddad']);
  });

  it('drops words cut off by the end of the text when no one is named to say them, keeps them when someone is', () => {
    expect(quotesIn('Talks went on late.', 'The minister was unavailable. "The two si').map((q) => q.text)).toEqual([]);
    expect(speakersOf('Talks went on late.', 'Omar Haddad said: "We expect that the two si')).toEqual(['Omar Haddad']);
  });

  it('reads no names from a Title Case headline or a page timestamp', () => {
    expect(
      speakersOf(
        'Posted 5:26 PM CDT Haddad Says Levies Will Fall If Talks Succeed',
        '"We can lower them," Haddad told reporters.',
      ),
    ).toEqual(['Haddad']);
  });
});

describe('organisations as real news names them (issue 12)', () => {
  it('reads a short word in capitals as an organisation, a dateline in capitals as nothing', () => {
    expect(
      quotesIn(
        'OTTAWA, May 2 (Wire) — The Office of the Grain Regulator (OGR) reviewed the levy.',
        'The duty will rise "in twelve months," OGR said.',
      ),
    ).toMatchObject([{ text: 'in twelve months', speaker: 'OGR', rule: 'organisation' }]);
  });

  it('does not take "the agency" for a country named after it', () => {
    expect(
      speakersOf('The Grain Agency found that Canada\'s subsidies were "unfair and actionable," the agency said.'),
    ).toEqual(['Grain Agency']);
  });

  it('does not take the subject of the next sentence for the speaker of a quotation ending in "!"', () => {
    expect(
      speakersOf(
        'Governor Paul Mendez said the duty "must end NOW!" In response, Senator Ruth Adler said the state would "not back down."',
      ),
    ).toEqual(['Paul Mendez', 'Ruth Adler']);
  });
});

describe('subjects that real sentences hide (issue 12)', () => {
  it('skips a speech verb in a relative clause that names no one for the main clause’s speaker', () => {
    expect(
      speakersOf(
        'Governor Paul Mendez announced a pause for provinces that have signaled their readiness to talk, keeping "a much smaller levy" in place.',
      ),
    ).toEqual(['Paul Mendez']);
  });

  it('reads "in what the governor hailed as" and "the former governor declared"', () => {
    expect(
      speakersOf(
        'Talks ended on Friday, in what the governor hailed as a "great day for growers."',
        'Governor Paul Mendez spoke at the port, where the former governor declared, "The port is open."',
      ),
    ).toEqual(['Paul Mendez', 'Paul Mendez']);
  });
});

describe('words passed on by an outlet or a document (issue 12)', () => {
  it('gives words an outlet reports to the person it reports on', () => {
    expect(
      speakersOf(
        'The Daily Ledger reports Nora Okafor gave her view of the terms: "We buy what we need, and no more."',
        'The Ledger quoted Samuel Reyes as calling the deal "a fair start."',
      ),
    ).toEqual(['Nora Okafor', 'Samuel Reyes']);
  });
});

describe('general classes of real news, second pass (issue 12)', () => {
  it('keeps the White House apart from the country, and a ministry apart from its country', () => {
    expect(
      quotesIn(
        'Washington and Ottawa traded barbs. The White House said the levies were "overdue and necessary."',
        'Canada demands that Washington "drop every one" of the duties, which are "plainly unlawful," the finance ministry said.',
      ),
    ).toMatchObject([
      { text: 'overdue and necessary.', speaker: 'White House' },
      { text: 'drop every one', speaker: 'finance ministry' },
      { text: 'plainly unlawful', speaker: 'finance ministry' },
    ]);
  });

  it('reads a speaker’s own word after "a" as speech, a term after "the" as a term', () => {
    expect(quotesIn('Commerce Secretary Ann Lee said the plan was a "disastrous" gamble for farmers.')).toMatchObject([
      { text: 'disastrous', speaker: 'Ann Lee', partial: true },
    ]);
    expect(quotesIn('Commerce Secretary Ann Lee said the "reciprocal" tariffs would stay.')).toEqual([]);
  });

  it('reads a word between an adjective and its noun as a term, one right after a speech verb as speech', () => {
    expect(quotesIn('Ann Lee announced additional "reciprocal" tariffs on 90 countries.')).toEqual([]);
    expect(quotesIn('Ann Lee said "massive" tariffs were coming.')).toMatchObject([
      { text: 'massive', speaker: 'Ann Lee', partial: true },
    ]);
  });

  it('reads a kind of tariff by its name as a term whatever verb reports it, a judging word as speech', () => {
    expect(quotesIn('In April, Ann Lee announced double-digit "reciprocal tariffs" on dozens of partners.')).toEqual(
      [],
    );
    expect(
      quotesIn('The court struck down all "reciprocal tariffs," the ruling said, and refunds may follow.'),
    ).toEqual([]);
    expect(quotesIn('Ann Lee said the across-the-board, "reciprocal" tariffs would stay until a deal.')).toEqual([]);
    expect(quotesIn('Ann Lee warned of "retaliatory duties" if talks failed.')).toEqual([]);
    expect(quotesIn('Ann Lee said the levies were "unfair tariffs" that hurt farmers.')).toMatchObject([
      { text: 'unfair tariffs', speaker: 'Ann Lee', partial: true },
    ]);
  });

  it('reads a Title Case title after the document it names as no speech, however long', () => {
    expect(
      quotesIn(
        'On Monday the White House issued an executive order, "Ending Certain Duties on Coffee," which lifts the levies.',
      ),
    ).toEqual([]);
    expect(
      quotesIn(
        'The president signed Proclamation 10912: "Adjusting Imports of Copper Wire and Cable into the United States".',
      ),
    ).toEqual([]);
    expect(quotesIn('Ann Lee said in a report, "Our exporters will suffer," and urged talks.')).toMatchObject([
      { speaker: 'Ann Lee' },
    ]);
  });

  it('gives the findings of a probe or a report to the body whose it is, past a quoted name in it', () => {
    expect(
      quotesIn(
        'The White House welcomed the move.',
        'The USTR\'s "Section 232" probe concluded that the imports posed "a clear threat to national security."',
        'A report by the Peterson Institute said the duties were "largely paid by American buyers."',
      ),
    ).toMatchObject([
      { text: 'a clear threat to national security.', speaker: 'USTR' },
      { text: 'largely paid by American buyers.', speaker: 'Peterson Institute' },
    ]);
  });

  it('takes a surname first seen right after a quotation for a name, so a later sentence can put it forward', () => {
    expect(
      quotesIn(
        '"We are close to an agreement," Okafor said.',
        'Okafor also warned that the levies could rise.',
        '"If they walk away, they will pay more."',
      ),
    ).toMatchObject([{ speaker: 'Okafor' }, { speaker: 'Okafor', rule: 'context' }]);
  });

  it('fits "the Japanese leader" and "the premier" to the titles the article gave, however the country is named', () => {
    expect(
      speakersOf(
        'Japan\'s Prime Minister Kenji Mori said the accord was "a win for both."',
        'The Japanese leader added: "We will keep talking."',
        '"Nothing is settled," the premier said.',
      ),
    ).toEqual(['Kenji Mori', 'Kenji Mori', 'Kenji Mori']);
  });

  it('gives later words of a sentence to the speaker named after its verb ("…," said X, who added …)', () => {
    expect(
      speakersOf(
        '"It is a gift to our rivals," said Dana Holt of the Steel Council, who added that mills were "on the edge."',
        '"This is about leverage," said Reuters Breakingviews, and the White House is helped by "the lack of any pushback" so far.',
      ),
    ).toEqual(['Dana Holt', 'Dana Holt', 'Reuters Breakingviews', 'Reuters Breakingviews']);
  });

  it('reads a joint statement as both governments, named or referred to', () => {
    expect(
      speakersOf(
        'The US and Vietnam said in a joint statement that they would "move quickly to a final text."',
        'Washington and Hanoi agreed a framework on Friday.',
        '"Both sides will cut duties on farm goods," the two countries said.',
      ),
    ).toEqual(['United States and Vietnam', 'United States and Vietnam']);
  });

  it('ends a quotation whose closing mark the page left out at its reporting clause', () => {
    expect(
      quotesIn(
        "China's Commerce Ministry hit back on Monday.",
        '“The levies break the rules of world trade, the Commerce Ministry said in a statement. “They will hurt both economies.”',
      ),
    ).toMatchObject([
      { text: 'The levies break the rules of world trade', speaker: "China's Commerce Ministry" },
      { text: 'They will hurt both economies.', speaker: "China's Commerce Ministry" },
    ]);
  });

  it('links a name from the middle of a long full name, and speaks for an office holder’s office or an embassy', () => {
    expect(
      speakersOf(
        'Brazilian President Luiz Inácio Lula da Silva called the levy "blackmail."',
        '"We will not accept it," Lula said.',
        'A spokesperson for the U.S. Trade Representative\'s office said the talks were "productive."',
        'The Chinese embassy in Washington said the US should "stop its bullying."',
      ),
    ).toEqual([
      'Luiz Inácio Lula da Silva',
      'Luiz Inácio Lula da Silva',
      'U.S. Trade Representative',
      'Chinese embassy',
    ]);
  });

  it('ends a quotation at its reporting clause when the page left out the closing mark at the end of the paragraph', () => {
    expect(
      quotesIn(
        "Japan's Economy Ministry answered on Friday.",
        '“The duties have no basis in the agreement, the Economy Ministry said in a statement.',
        '“They must be withdrawn at once,” it added.',
      ),
    ).toMatchObject([
      { text: 'The duties have no basis in the agreement', speaker: "Japan's Economy Ministry" },
      { text: 'They must be withdrawn at once', speaker: "Japan's Economy Ministry" },
    ]);
  });

  it('names a body by its demonym ("the Korean trade ministry") for a later "it", and reads "a defiant Trump" as Trump', () => {
    expect(
      speakersOf(
        'Trump said Seoul had "cheated" on the deal. The Korean trade ministry rejected the claim.',
        '"The accusation is groundless," it said.',
        '"We will not back down," a defiant Trump told reporters.',
      ),
    ).toEqual(['Trump', 'Korean trade ministry', 'Trump']);
  });
});

describe('role nouns with a word for their holder', () => {
  it('reads an age or a manner before the role as describing its holder, not the office', () => {
    expect(
      speakersOf(
        'Ontario Premier Doug Ford met steelworkers in Hamilton on Monday.',
        'The outspoken premier urged Ottawa to “match every cent” of the new levy.',
        'Canadian Prime Minister Mark Carney spoke in Ottawa later that day.',
        'The 60-year-old prime minister said the duties were “unjustified and illegal.”',
      ),
    ).toEqual(['Doug Ford', 'Mark Carney']);
  });
});

describe('names as typeset pages write them', () => {
  it('reads a name joined by a non-breaking hyphen (U+2011) as one name, and its half as that person', () => {
    expect(
      speakersOf(
        'Swiss President Anna Keller\u2011Brunner met the US secretary of state on Wednesday.',
        '“We had a friendly and open exchange,” Keller\u2011Brunner told public radio.',
      ),
    ).toEqual(['Anna Keller\u2011Brunner']);
  });
});

describe('an office named by its holder’s title', () => {
  it('reads "the Prime Minister’s Office" as that body, and "the prime minister’s office" as the prime minister', () => {
    expect(
      speakersOf(
        'Canadian Prime Minister Jane Moreau met premiers in Ottawa on Monday.',
        'The Prime Minister’s Office said in a statement that Canada would “respond in kind.”',
        'Later, the prime minister’s office said the talks would go on “in good faith.”',
      ),
    ).toEqual(['Prime Minister’s Office', 'Jane Moreau']);
  });
});

describe('titles shortened to their initials', () => {
  it('reads "DPM" as a title before a name, and as the deputy prime minister', () => {
    expect(
      speakersOf(
        'Deputy Prime Minister Tan Wei Ming met business leaders on Friday.',
        '“The baseline rate is not up for talks,” DPM Tan said.',
        'DPM Lim Boon Keng spoke later. “We will keep engaging Washington,” the deputy prime minister said.',
      ),
    ).toEqual(['Tan Wei Ming', 'Lim Boon Keng']);
  });
});

describe('a pronoun after words reported inside a report', () => {
  it('gives the next "he said" to the reporter, not to the one whose words he reported', () => {
    expect(
      speakersOf(
        'Trade Minister Omar Haddad spoke by phone with US Commerce Secretary Paul Reed on Friday.',
        'Mr Haddad said Mr Reed explained that the baseline levy was “not up for negotiation”.',
        '“But he also said the door was open for our key exports,” he told reporters.',
      ),
    ).toEqual(['Paul Reed', 'Omar Haddad']);
  });
});

describe('a policy named before a name', () => {
  it('reads "on trade policy Kenji Mori" as a person after the field of his title, not as a body', () => {
    expect(
      speakersOf(
        'Japan’s chief negotiator on trade policy Kenji Mori, in talks with US officials on Friday, said the two sides were close.',
        '“We will meet again before the end of the month,” Mori, who is also economy minister, told reporters.',
      ),
    ).toEqual(['Kenji Mori']);
  });
});

describe('a participle right after a quotation', () => {
  it('gives the words to the subject before them, not to a description after the participle', () => {
    expect(
      speakersOf(
        'Chancellor Anna Vogel welcomed the accord on Sunday.',
        'The BDI federation warned of “heavy losses for exporters,” calling the deal “a bitter compromise” for industry.',
      ),
    ).toEqual(['BDI federation', 'BDI federation']);
  });
});

describe('a clause after a quotation that a conjunction opens', () => {
  it('is no reporting clause of the quotation before it', () => {
    expect(
      speakersOf(
        'Chancellor Anna Vogel welcomed the accord.',
        'The chemical lobby VCI called the levies “far too high,” while the exporters association BGA labelled the deal a “painful compromise”.',
      ),
    ).toEqual(['VCI', 'BGA']);
  });
});

describe('a person named with where they work', () => {
  it('ends the name before "of" when a lower-case noun ends the body ("of the Kiel institute")', () => {
    expect(
      speakersOf(
        'Chancellor Anna Vogel welcomed the accord.',
        'Economist Jana Weber of the Kiel institute said the deal was a “defeat for Europe”.',
      ),
    ).toEqual(['Jana Weber']);
  });
});

describe('words a speaker "expressed" or "voiced"', () => {
  it('are the speaker’s, not the last one quoted', () => {
    expect(
      speakersOf(
        'Chancellor Anna Vogel welcomed the accord on Sunday.',
        'Economist Jana Weber said the deal was a “defeat for Europe”.',
        'The chancellor expressed her “full support” for the Commission in the talks ahead.',
        'Finance Minister Karl Ott was in Paris. Weber later spoke to reporters, and Ott voiced “grave concern” about the steel quota.',
      ),
    ).toEqual(['Jana Weber', 'Anna Vogel', 'Karl Ott']);
  });
});

describe('"the" before a title with its body, then a name', () => {
  it('reads "The Minister of Trade Rewi Tane" as that person, titled, not as a role', () => {
    expect(
      speakersOf(
        'The Minister of Trade Rewi Tane has written to his US counterpart about the "harm" the levy will do.',
        '"We have strong reservations about it," Tane told a radio programme.',
      ),
    ).toEqual(['Rewi Tane', 'Rewi Tane']);
  });
});

describe('an aside between dashes', () => {
  it('stands between a subject and its speech verb as one between commas does', () => {
    expect(
      speakersOf(
        'Premier Dana Fortin of Ontario spoke on Monday.',
        'Speaking to reporters, Fortin – who has been vocal about the levies – said: “We will hit back.”',
        'The premier — never one to mince words — told reporters the levy was “insane.”',
      ),
    ).toEqual(['Dana Fortin', 'Dana Fortin']);
  });
});

describe('a firm’s analysts after their words', () => {
  it('gives the words to the firm, as before them', () => {
    expect(
      speakersOf(
        'Stocks in Tokyo fell 3% on Monday.',
        '“The risk of a recession is rising,” analysts at Harlow Bank wrote in a note to clients.',
        '“Tariffs are a tax on consumers,” wrote economists at Marsh Capital led by Ana Ruiz.',
      ),
    ).toEqual(['Harlow Bank', 'Marsh Capital']);
  });
});

describe('a body or office whose name lists its fields', () => {
  it('keeps the commas inside the name, not a list of companies', () => {
    expect(
      speakersOf(
        '"We will keep talking to Ottawa," the Ministry of Agriculture, Forestry and Fisheries said in a statement.',
        '"Our exporters need time," Minister of Trade, Industry and Energy Park Min-jae told reporters.',
        '"Prices will rise," the heads of Ford, Acme and Stellar said in a joint letter.',
      ),
    ).toEqual(['Ministry of Agriculture, Forestry and Fisheries', 'Park Min-jae', 'Acme and Stellar']);
  });
});

describe('a title after "the" that opens the sentence of a participle', () => {
  it('gives "…, saying only that “…”" to the title, not to a side named in between', () => {
    expect(
      speakersOf(
        'Minister Tom Vale met the envoy on Monday.',
        'The Minister also avoided specifying whether the U.S. side would lift the levies, saying only that "talks are going well."',
      ),
    ).toEqual(['Tom Vale']);
  });
});

describe('a reporter or journalist titled before the name', () => {
  it('gives the words to the one the title names, not to the speaker quoted before', () => {
    expect(
      speakersOf(
        'Trade Minister Jean Tremblay said the visit was useful.',
        '“The talks were meant to bring relief,” said Harbour TV reporter Paul Gagnon.',
        '“Nobody denied it,” said journalist Ines Moreau.',
      ),
    ).toEqual(['Paul Gagnon', 'Ines Moreau']);
  });
});

describe('a pronoun right after the word that opens a clause', () => {
  it('is the subject of the speech verb in that clause', () => {
    expect(
      speakersOf(
        'Prime Minister Lena Voss spoke in Oslo on Monday.',
        'She defended a levy that she said was “fair to every exporter.”',
        'Economist Omar Haddad doubts the plan, which he called “a tax on shoppers.”',
      ),
    ).toEqual(['Lena Voss', 'Omar Haddad']);
  });
});

describe('a place named with a dotted abbreviation in an appositive', () => {
  it('does not end the sentence, so the name before it speaks', () => {
    expect(
      speakersOf(
        'Marta Lind, the MP who represents Sault Ste. Marie, wrote that the government will “not back down” on steel.',
        'Paul Roy, the mayor of Ft. McMurray, said the levies were “a blow to our town.”',
      ),
    ).toEqual(['Marta Lind', 'Paul Roy']);
  });
});

describe('a role qualified by a participle, named in a later paragraph', () => {
  it('is the one named with that role later', () => {
    expect(
      speakersOf(
        'The federal minister tasked with trade relations said Ottawa has “taken note” of the threat.',
        'Ana Roy, the federal minister whose portfolio includes trade, said the government will stay “resolute.”',
      ),
    ).toEqual(['Ana Roy', 'Ana Roy']);
  });
});

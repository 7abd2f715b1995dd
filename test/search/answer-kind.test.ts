import { describe, expect, it } from 'vitest';
import { indexOf, type WrittenArticle } from '../helpers/passage-index.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/** Hand-written articles where the paragraph sharing the most words with a question is not the one that answers. */
const ARTICLES: Record<string, WrittenArticle> = {
  korea: {
    published: '2025-07-31',
    title: 'Seoul and Washington settle their car quarrel',
    paragraphs: [
      'South Korea and the United States reached a trade deal on Wednesday after weeks of talks.',
      'Korean carmakers had lobbied hard for relief from the tariff on cars, and the tariff on Korean cars had weighed on exports of Korean cars all year.',
      'Under the deal, the levy on Korean automobiles falls to 15% from 25%.',
      'Seoul also pledged to invest in American shipyards, officials said.',
    ],
  },
  canada: {
    published: '2025-08-22',
    title: 'Ottawa drops most counter-tariffs on American goods',
    paragraphs: [
      'Canada will drop its counter-tariffs on American goods from September, the prime minister said on Friday.',
      'The decision by Ottawa leaves duties on American steel and cars in place, and ministers will weigh the reaction of industry next week.',
      'A White House official welcomed the decision by Ottawa as overdue.',
    ],
  },
  mills: {
    published: '2025-06-12',
    title: 'Clothing towns fear for their orders',
    paragraphs: [
      'Clothing factories in the hill towns sell most of their jeans to American chains.',
      'Owners say the 30% levy makes the clothing factories too dear, and that clothing factories will close.',
      'Some 8,000 people are employed there, union leaders said.',
    ],
  },
  copper: {
    published: '2025-05-20',
    title: 'Copper miners weigh the American levy',
    paragraphs: [
      'Chilean copper miners export copper to many markets, and the American market matters to Chilean copper.',
      'The United States is the second-largest buyer of Chilean copper after China.',
    ],
  },
  nordic: {
    published: '2025-04-15',
    title: 'Northern Europe weighs the fish levy',
    paragraphs: [
      'Exporters of fish fear the levy.',
      'Norway, Iceland and Denmark would face the levy on fish, trade officials said.',
    ],
  },
  mexico: {
    published: '2025-03-02',
    title: 'Mexico braces for the steel levy',
    paragraphs: [
      'Mexico is bracing for the American levy on steel, its economy ministry said.',
      'Steelmakers in Monterrey say the levy on Mexican steel will hurt the steel towns of the north, and that the levy on steel has no end in sight.',
      'The duties come into force on March 12, the White House said.',
    ],
  },
  envoys: {
    published: '2025-09-03',
    title: 'Delhi and Washington resume their farm talks',
    paragraphs: [
      'Talks between Delhi and Washington resumed on Tuesday, with farm tariffs at the top of the agenda for both sides.',
      'The Indian delegation is led by chief trade negotiator Anil Mehra, officials said.',
    ],
  },
  rice: {
    published: '2025-06-30',
    title: 'Rice traders count the cost of the lapsed truce',
    paragraphs: [
      'Rice exporters in Bangkok met buyers on Monday.',
      'The truce on rice lapsed in June, and the levy on Thai rice is 20% now, traders said.',
      'Had talks failed outright, Thai rice would have faced a 60% duty, exporters said.',
    ],
  },
};

const { index } = indexOf(ARTICLES);
const ranked = (question: string) => index.search(question, { limit: 3 }).map((h) => h.passage.id);

describe('the kind of answer a question asks for', () => {
  it('reads a rate from "how high" and "what … rate / tariff", an amount from "how much" or a sum', () => {
    for (const q of [
      'How high have the levies on Chinese imports climbed?',
      'What tariff rate did the letter set for Thai goods?',
      'What new levy did Ottawa announce?',
      'Which rate applies to Swiss watches?',
      'How does the agreed tariff compare with the one first threatened?',
      'What is the Section 232 tariff on lumber?',
      'What is the new global tariff rate after the ruling?',
    ])
      expect(answerKindsOf(q), q).toEqual(['rate']);
    expect(answerKindsOf('What is the reaction in Ottawa to the tariffs?')).not.toContain('rate');
    for (const q of ['How much does the EU pay on steel now?', 'What tariff revenue has Washington collected?'])
      expect(answerKindsOf(q), q).toEqual(['amount']);
    expect(holdsAnswer('rate', 'Seoul will invest $350 billion.', new Set())).toBe(false);
    expect(holdsAnswer('rate', 'Seoul will pay 15%.', new Set())).toBe(true);
    expect(holdsAnswer('amount', 'Seoul will invest $350 billion.', new Set())).toBe(true);
  });

  it('reads a count from "how many", whatever else the question names', () => {
    for (const q of ['How many cars can enter at the lower rate?', 'how many importers have sued?'])
      expect(answerKindsOf(q), q).toEqual(['count']);
  });

  it('reads a place in a ranking from "where does … rank" and "what rank"', () => {
    for (const q of [
      'Where does the US rank among Chile’s copper buyers?',
      'What rank does Japan hold among investors?',
    ])
      expect(answerKindsOf(q), q).toEqual(['rank']);
    expect(holdsAnswer('rank', 'Japan is the third-biggest investor.', new Set())).toBe(true);
    expect(holdsAnswer('rank', 'Japan invests in American plants.', new Set())).toBe(false);
  });

  it('reads countries from "which countries / partners / markets"', () => {
    for (const q of ['Which countries face the fish levy?', 'What other markets could growers sell to?'])
      expect(answerKindsOf(q), q).toEqual(['countries']);
    const none = new Set<string>();
    expect(holdsAnswer('countries', 'Norway, Iceland and Denmark face the levy.', none)).toBe(true);
    expect(holdsAnswer('countries', 'Norway faces the levy alone.', none)).toBe(false);
    // The countries the question names are not its answer.
    expect(
      holdsAnswer('countries', 'Norway, Iceland and Denmark face the levy.', new Set(['denmark', 'iceland'])),
    ).toBe(false);
  });

  it('reads a time from a question opening with "when", "until when", "how long" or "what date"', () => {
    for (const q of [
      'When do the duties on Indian goods start?',
      'Until when does the truce hold?',
      'How long will the pause last?',
      'For how long can the president keep the duties?',
      'On what date does the deal take effect?',
    ])
      // "How long" asks for a length of time, a span or an end (`duration`).
      expect(answerKindsOf(q), q).toContain(/^(?:for\s+)?how long/i.test(q) ? 'duration' : 'time');
  });

  it('reads a time to come from "when" in the present or the future, not from "when did"', () => {
    for (const q of ['When do the duties on Indian goods start?', 'When will the cut apply?', 'When is the deadline?'])
      expect(answerKindsOf(q), q).toEqual(['time', 'schedule']);
    expect(answerKindsOf('When did the two sides agree?')).toEqual(['time']);
  });

  it('finds a time set for a start or an end, not the day something was done or said', () => {
    const none = new Set<string>();
    for (const text of [
      'The cut would apply from August 1.',
      'The counter-tariffs start on April 1.',
      'Goods entered on or after 12:01 a.m. on August 27 pay the duty.',
      'Talks must end before the August 12 deadline.',
      'The rate will rise in 18 months.',
      'The cut is retroactive to August 4.',
    ])
      expect(holdsAnswer('schedule', text, none), text).toBe(true);
    for (const text of ['The bloc released its list on Wednesday.', 'On July 15, outlets reported the list.'])
      expect(holdsAnswer('schedule', text, none), text).toBe(false);
  });

  it('reads a reaction from "how did … react (respond)" and "what was … response"', () => {
    for (const q of [
      'How did Ottawa react to the steel duties?',
      'How did Dublin feel about the deal?',
      'How has Beijing responded?',
      "What was Brussels' response to the letter?",
    ])
      expect(answerKindsOf(q), q).toEqual(['reaction']);
    expect(answerKindsOf('How will the new duties take effect?')).toEqual([]);
  });

  it('reads a reaction from a verdict asked for: "how does … view (see, judge)", "what does … make of"', () => {
    for (const q of [
      "How does Brazil's finance minister view the rollback?",
      'How did Tokyo judge the new order?',
      'How do exporters see the deal?',
      'What does Ottawa make of the offer?',
    ])
      expect(answerKindsOf(q), q).toEqual(['reaction']);
    // A judge of a court is someone, not a verdict asked for: the question asks for the court's ruling.
    expect(answerKindsOf('How did the judge rule on the levies?')).toEqual(['ruling']);
  });

  it('finds a reaction in a passage: welcome or rejection, a verdict, a market moving', () => {
    for (const text of [
      'The farm lobby welcomed the decision.',
      'New Delhi rejected the move as unfair.',
      'The minister called it a betrayal.',
      'Officials expressed deep disappointment.',
      'The peso strengthened after the call.',
      'We deeply regret this measure, the commission president said.',
    ])
      expect(holdsAnswer('reaction', text, new Set()), text).toBe(true);
    expect(holdsAnswer('reaction', 'The duties apply to cars and parts.', new Set())).toBe(false);
  });

  it('asks neither an amount nor a time of a question about words or steps', () => {
    // Someone's words are a kind of their own (`statement-questions.test.ts`).
    expect(answerKindsOf('What did Carney say about the talks?')).toEqual(['statement']);
    for (const q of [
      'Apart from tariffs, what other step did the White House take?',
      'Which levies did the court strike down?',
    ])
      expect(answerKindsOf(q), q).toEqual([]);
  });

  it('reads what would have been from a modal perfect, in a question with its subject inside it', () => {
    expect(answerKindsOf('How high might the levies on Chinese goods have climbed?')).toEqual([
      'rate',
      'counterfactual',
    ]);
    expect(answerKindsOf('What would have happened without the truce?')).toContain('counterfactual');
    expect(answerKindsOf('How high are the levies on Chinese goods?')).not.toContain('counterfactual');
    expect(holdsAnswer('counterfactual', 'The duties would otherwise have reached 145%.', new Set())).toBe(true);
    expect(holdsAnswer('counterfactual', 'The duties would apply to goods that have left port.', new Set())).toBe(
      false,
    );
  });

  it('reads a reason from a question opening with "why"', () => {
    expect(answerKindsOf('Why did Beijing walk away from the table?')).toEqual(['reason']);
    expect(answerKindsOf('Who knows why the talks stalled?')).not.toContain('reason');
  });

  it('reads a reason from a question asking for the excuse or the grounds', () => {
    expect(answerKindsOf("what's the excuse for the levy on Peru")).toContain('reason');
    expect(answerKindsOf('what is the rationale behind the duties')).toContain('reason');
    expect(answerKindsOf('on what grounds did Lima act')).toContain('reason');
    expect(answerKindsOf('what did Lima say about the duties')).not.toContain('reason');
  });

  it('finds a reason in a passage: a cause, an answer to something, a purpose; not a schedule', () => {
    for (const text of [
      'The duties were paused for 90 days to allow for negotiations.',
      'Ottawa acted in retaliation for the steel levy.',
      'Talks stalled because Beijing wanted the chip curbs lifted first.',
      'Prices rose due to the new levy.',
      'Asked why Seoul had not answered the levy, the minister said talks came first.',
    ])
      expect(holdsAnswer('reason', text, new Set()), text).toBe(true);
    expect(holdsAnswer('reason', 'The truce had been due to expire on Tuesday.', new Set())).toBe(false);
  });

  it('finds an amount in a passage unless the question already names it', () => {
    const none = new Set<string>();
    expect(holdsAnswer('amount', 'The duty rises to 25 per cent on Friday.', none)).toBe(true);
    expect(holdsAnswer('amount', 'A 25-per-cent levy was imposed.', none)).toBe(true);
    expect(holdsAnswer('amount', 'Exports were worth $42 billion last year.', none)).toBe(true);
    expect(holdsAnswer('amount', 'The duty will rise sharply, officials said.', none)).toBe(false);
    expect(holdsAnswer('amount', 'The 50% duty hurts exporters.', new Set(['50%']))).toBe(false);
    expect(holdsAnswer('amount', 'The 50% duty replaces one of 25%.', new Set(['50%']))).toBe(true);
  });

  it('finds a count in a passage: a number of things, not a rate, a sum, a year or a day', () => {
    for (const text of [
      'Some 12,000 people sew for export.',
      'The quota covers 100,000 cars a year.',
      'The plant employs four million workers.',
      'Dozens of countries received letters.',
    ])
      expect(holdsAnswer('count', text, new Set()), text).toBe(true);
    for (const text of [
      'The duty rises to 25 per cent.',
      'Exports were worth $42 billion in 2024.',
      'The levy starts on 1 August.',
      'The duties take effect on Aug. 7.',
      'Growth slowed to 2.7 percent.',
    ])
      expect(holdsAnswer('count', text, new Set()), text).toBe(false);
  });

  it('finds a time in a passage: a day, a weekday, a month with a year or after "in", a span', () => {
    for (const text of [
      'The duties take effect on Aug. 7.',
      'The levy starts on 1 August.',
      'Officials will meet again on Tuesday.',
      'The probe was launched in December 2024.',
      'The rate will rise in 18 months.',
      'The pause runs for 90 days.',
      'Such duties can last for a period of 150 days.',
      'The call lasted around 40 minutes.',
      'Customs expects the portal to be ready within about 45 days.',
      'The exemption became law in 1938.',
      'This arrangement holds to April 2nd.',
      'The waiver runs to the 9th of July.',
    ])
      expect(holdsAnswer('time', text, new Set()), text).toBe(true);
    // A weekday after a speech verb says when someone spoke, not when anything happens.
    for (const text of [
      'Officials may march on the ministry.',
      'The duties will start soon, officials said.',
      'The ministry said on Monday that it would respond.',
      'Ottawa will respond in kind, Carney told reporters Friday.',
    ])
      expect(holdsAnswer('time', text, new Set()), text).toBe(false);
  });
});

describe('the passage search, by the kind of answer asked', () => {
  it('puts the paragraph that states the rate first for a question asking for it', () => {
    expect(ranked('What is the tariff rate on Korean cars now?')[0]).toBe('korea#3');
    expect(ranked('How high is the tariff on Korean cars?')[0]).toBe('korea#3');
  });

  it('puts the paragraph that states a number of things first for a question asking how many', () => {
    // The paragraph sharing the most words holds a rate, which does not answer "how many".
    expect(ranked('How many people work at the clothing factories?')[0]).toBe('mills#3');
  });

  it('puts the paragraph that states the place first for a question asking where something ranks', () => {
    // The question's word for a ranking is not searched for: a paragraph seldom says "rank".
    expect(ranked('Where does the American market rank for Chilean copper?')[0]).toBe('copper#2');
  });

  it('puts the paragraph that lists countries first for a question asking which countries', () => {
    expect(ranked('Which countries would the levy on fish exporters hit?')[0]).toBe('nordic#2');
  });

  it('puts the paragraph that states the day first for a question asking when', () => {
    expect(ranked('When do the Mexican steel levies take effect?')[0]).toBe('mexico#3');
  });

  it('puts the paragraph that states the reaction first for a question asking how someone reacted', () => {
    // The question's word for a reaction is not searched for: the paragraph holding "reaction" is not the answer.
    expect(ranked('How did the White House react to the decision by Ottawa?')[0]).toBe('canada#3');
  });

  it('puts the paragraph that tells what would have been first for a question asking it', () => {
    // Both paragraphs state an amount; the one sharing more words tells what happened.
    expect(ranked('How high might the levy on Thai rice have climbed without the truce?')[0]).toBe('rice#3');
  });

  it('puts the paragraph that names a person first for a question asking who', () => {
    expect(answerKindsOf('Who leads the Japanese delegation?')).toEqual(['person']);
    expect(holdsAnswer('person', 'She met Secretary of State Ana Ruiz instead.', new Set())).toBe(true);
    expect(holdsAnswer('person', 'The president said the talks would go on.', new Set())).toBe(false);
    expect(ranked('Who is leading the Indian side in the farm talks?')[0]).toBe('envoys#2');
  });

  it('leaves a question that asks for neither to the words it shares', () => {
    expect(ranked('Why are Korean carmakers lobbying over the tariff on Korean cars?')[0]).toBe('korea#2');
  });
});

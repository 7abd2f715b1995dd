import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A user's words for what news names otherwise: "gonna" frames a question like "going", "hitting
 * back" is retaliation in every form of the verb, "meds" are pharmaceuticals, a "phone" is a
 * smartphone, and "exceptions" to a tariff are exemptions. Asked through the console as a user asks.
 */
describe('/ask in a user’s words', () => {
  it('folds the user’s words to the news’s', () => {
    expect(questionTerms('is europe gonna hit back')).toEqual(questionTerms('is europe going to retaliate'));
    expect(questionTerms('is the EU hitting back')).toEqual(questionTerms('did the EU strike back'));
    expect(questionTerms('are meds exempt')).toEqual(questionTerms('are medicines exempt'));
    expect(documentTerms('a long list of exceptions')).toContain(questionTerms('exemptions')[0]);
    expect(documentTerms('smartphones')).toEqual(questionTerms('phones'));
  });

  it('finds the smartphones for a question about phones', async () => {
    const paragraphs = [
      'The new levy exemptions are under review.',
      'Smartphones, which make up much of the trade between the two countries, are exempt from the new levy, according to the order published on Friday.',
    ];
    expect(await askFirst(paragraphs, 'are phones exempt from the new levy?')).toBe(paragraphs[1]);
  });
});

describe('/ask on who sued, in a user’s words', () => {
  it('finds the plaintiffs for a question about companies that did not sue', async () => {
    const first = await askFirst(
      [
        'Companies still wait for refunds, the customs agency said.',
        'Companies need not be plaintiffs to claim refunds once the ruling stands, the judges wrote.',
      ],
      "do companies that didn't sue still get refunds?",
    );
    expect(first).toContain('plaintiffs');
  });
});

describe('/ask on a measure going ahead, in a user’s words', () => {
  it('reads "if the tariffs go ahead" as the tariffs taking effect', async () => {
    const first = await askFirst(
      [
        'Lima studied the American tariffs at a cabinet meeting.',
        'Lima will answer with duties of its own if the measure takes effect, the minister said.',
      ],
      'what will lima do if the tariffs go ahead?',
    );
    expect(first).toContain('duties of its own');
  });
});

describe('/ask on a measure in force, in a user’s words', () => {
  it('reads "in effect" as the news’s "in force" and the other way round', async () => {
    expect(questionTerms('is the levy in effect')).toEqual(questionTerms('is the levy in force'));
    const paragraphs = [
      'Sugar growers in Fiji have sold more to the United States since the spring.',
      'The 40% rate on Fijian sugar was in force on Monday, the customs agency said.',
    ];
    expect(await askFirst(paragraphs, 'is the 40% on fiji in effect yet?')).toBe(paragraphs[1]);
  });
});

describe('/ask on an adjective in another degree', () => {
  it('reads a comparative or superlative ("smaller", "largest") as its adjective', async () => {
    expect(questionTerms('small countries')).toEqual(questionTerms('smaller countries'));
    expect(questionTerms('the large exporters')).toEqual(questionTerms('the largest exporters'));
    const paragraphs = [
      'Ministers from many countries wrote to Washington in June.',
      'Letters setting rates for dozens of smaller economies will go out next week, the president said.',
    ];
    expect(await askFirst(paragraphs, 'when do the small economies get their letters?')).toBe(paragraphs[1]);
  });
});

describe('/ask on what a side gave up, in a user’s words', () => {
  it('reads "give anything up" as "give up": the concession', async () => {
    expect(questionTerms('did Fiji give anything up')).toEqual(questionTerms('did Fiji give up'));
    const paragraphs = [
      'Fiji won a pause on the sugar duties in talks on Monday.',
      '"We won the pause without a single concession," the Fijian trade minister said.',
    ];
    expect(await askFirst(paragraphs, 'did fiji give anything up for the pause?')).toBe(paragraphs[1]);
  });
});

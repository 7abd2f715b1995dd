import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * News wording `/ask` learned from the eighth question set and found again in the earlier ones,
 * asked through the console as a user asks, of articles we wrote (the first paragraph is a neutral
 * lead: every passage also scores for its article's lead).
 */
describe('/ask on news wording', () => {
  it('matches an adverb in -ly to its adjective ("firstly" to "first")', async () => {
    const first = await askFirst(
      [
        'The Peruvian levy on steel was set by decree, the first such levy since 2019, at 8%.',
        'Firstly set at 12%, the Peruvian levy was doubled in May.',
      ],
      'what was the Peruvian levy first set at?',
    );
    expect(first).toContain('Firstly set at 12%');
  });

  it('reads Congress and "congressional" as the lawmakers a user names', async () => {
    const congress = await askFirst(
      [
        'The president can impose the duties without a vote for 150 days.',
        'Any extension of the duties needs congressional approval.',
      ],
      'can the president extend the duties without lawmakers?',
    );
    expect(congress).toContain('congressional approval');
  });

  it('reads a user’s "lining up" as the news’s "preparing"', async () => {
    const lining = await askFirst(
      [
        'Peru listed American goods worth $2 billion.',
        'Peru is preparing a list of American goods worth $3 billion, officials said.',
      ],
      'how much in American goods is Peru lining up?',
    );
    expect(lining).toContain('preparing a list');
  });
});

describe('/ask on trade terms in a user’s plain words', () => {
  it('reads goods "rerouted" or "routed through" a third country as transshipment', async () => {
    const first = await askFirst(
      [
        'Goods from every country will pass new customs checks in Lima, officials said.',
        'Transshipped merchandise will face a 40% levy.',
      ],
      'what happens to goods rerouted via a third country?',
    );
    expect(first).toContain('Transshipped merchandise');
  });

  it('reads "punishing" as the penalty a tariff is ("punitive tariffs")', async () => {
    const first = await askFirst(
      [
        'Washington says Peru remains a key partner in the region.',
        'Washington’s punitive tariffs on Peru answer its purchases of Argentine wheat, officials said.',
      ],
      'why is Washington punishing Peru?',
    );
    expect(first).toContain('punitive tariffs');
  });

  it('reads "sells more than it buys" as the trade imbalance, keeping the countries it names', async () => {
    const first = await askFirst(
      [
        'Peru sells copper and fruit to Chile and to the United States.',
        'The US trade deficit with Peru rose to $5 billion last year.',
      ],
      'how much more does Peru sell to America than it buys?',
    );
    expect(first).toContain('trade deficit with Peru');
  });

  it('reads what "remains unclear" as what the news calls "vague" or "uncertain"', async () => {
    const first = await askFirst(
      [
        'The Peruvian deal covers copper and fish.',
        'How the Peruvian deal will treat goods made with Chinese parts and sold through third markets remains vague, lawyers said.',
      ],
      'what is still unclear about the Peruvian deal?',
    );
    expect(first).toContain('remains vague');
  });
});

describe('/ask on the plain word for a maker of goods', () => {
  it('reads "drugmakers" as pharmaceutical companies', async () => {
    const first = await askFirst(
      [
        'Carmakers warned the tariffs would raise prices.',
        'Drugmakers warned that the new tariffs on imports from Peru would raise prices for patients across the region.',
      ],
      'What did pharmaceutical companies warn about the tariffs?',
    );
    expect(first).toMatch(/^Drugmakers warned/);
  });
});

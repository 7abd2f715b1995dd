import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff` on a change told as news of a decision or of a deal's terms: the level it moves to is to
 * come, and the level it moves from stays in force, until an article says the change has started.
 * Sentences written for these tests.
 */
describe('/tariff on a change told as a deal’s terms or a decision', () => {
  it('keeps the old level in force when the deal is the subject of the change ("the agreement drops tariffs")', async () => {
    const { line, text } = await tariffPeru([
      'Washington imposed a 30% tariff on Peruvian goods in August.',
      'The agreement drops tariffs on Peruvian imports from 30% to 12%.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*12%\*\* · (?:scheduled|announced)/);
  });

  it('keeps the old level when an agreement "to roll back" tariffs was reached, not carried out', async () => {
    const { line } = await tariffPeru([
      'On Monday, the president said the United States had reached an agreement with Peru to roll back tariffs on Peruvian imports from 30% to 12%.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
  });

  it('keeps the old level when the news is a decision to raise it', async () => {
    const { line, text } = await tariffPeru([
      'The president had earlier revealed his decision to double tariffs on Peruvian imports, raising them from 20 percent to 40 percent.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · (?:scheduled|announced)/);
  });

  it('reads a start told as "comes into effect on" a later day before the level it sets', async () => {
    const { line, text } = await tariffPeru([
      'Peruvian goods face a 20% tariff.',
      'The new measure, which comes into effect on September 20, 2026, takes the total US tariff on Peruvian goods to 40%.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toContain(`**40%** · scheduled for <t:${Date.UTC(2026, 8, 20) / 1000}:D>`);
  });

  it('does not take the day an act was done ("on Monday published") for the day a rate starts', async () => {
    const { text } = await tariffPeru([
      'The United States on Monday published a notice confirming plans to impose a 40 percent tariff on Peruvian products.',
    ]);
    expect(text).toMatch(/\*\*40%\*\* · announced/);
    expect(text).not.toMatch(/scheduled for/);
  });
});

describe('/tariff on a change sought in talks', () => {
  it('keeps the level that negotiations seek to reduce in force', async () => {
    const { line, text } = await tariffPeru([
      'The meeting came amid negotiations to reduce the 50% tariffs imposed by the Trump administration on Peruvian products.',
      'Officials held talks to cut the tariff on Peruvian goods to 15%.',
    ]);
    expect(line).toMatch(/^\*\*50%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*15%\*\* · threatened/);
  });
});

describe('/tariff on a level a deal sets, told in the present', () => {
  it('keeps the level in force before the deal and shows the deal’s as to come', async () => {
    const { line, text } = await tariffPeru([
      'Peruvian goods face a 25% tariff.',
      'The US and Peru reached a framework deal on Sunday that imposes a 15% tariff on most Peruvian exports.',
    ]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*15%\*\* · announced/);
  });

  it('gives the deal’s level when the sentence says the deal has taken effect', async () => {
    const { line } = await tariffPeru([
      'Peruvian goods faced a 25% tariff until August.',
      'The deal, which took effect in August, sets a 15% tariff on Peruvian goods.',
    ]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a rise "scheduled to" come', () => {
  it('keeps the level before it in force and shows the rise with its day', async () => {
    const { line, text } = await tariffPeru([
      'Peruvian goods face a 20% tariff.',
      'Tariffs on Peruvian goods are scheduled to rise to 40% on Thursday.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toContain(`**40%** · scheduled for <t:${Date.UTC(2026, 8, 3) / 1000}:D>`);
  });
});

describe('/tariff on a new level set against another in a relative clause', () => {
  it('reads the new level’s verb past the clause, and the level it is compared with as history', async () => {
    const { line, text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'The new 25% duty rate on Peruvian goods — which is just above the 24% rate announced on April 2 — will be charged from next month.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · (?:scheduled|announced)/);
    expect(text).toMatch(/\*\*24%\*\* · replaced/);
  });
});

describe('/tariff on a start told in the sentence after the rate', () => {
  it('schedules a rate the next sentence says "will be applicable" or "will be effective" later', async () => {
    for (const start of ['will be applicable after 21 days', 'will be effective from next month']) {
      const { line, text } = await tariffPeru([
        'Washington has charged a 10% tariff on Peruvian goods since April.',
        `Washington imposes an additional 25% tariff on Peruvian goods. The additional tariffs ${start}.`,
      ]);
      expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
      expect(text).toMatch(/\*\*25%\*\* · (?:scheduled|announced)/);
      expect(text).not.toMatch(/\*\*25%\*\* · in force/);
    }
  });
});

describe('/tariff on a rate in a condition', () => {
  it('keeps the level in force and shows the one in an "if" clause as conditional', async () => {
    const { line, text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'If Washington raises its tariff on Peruvian goods to 50%, Peruvian exports will fall.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · conditional/);
  });
});

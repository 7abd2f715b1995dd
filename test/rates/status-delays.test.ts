import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * How a rate stands when news tells a change put off or a level that was only threatened, asked
 * through the console as a user asks (`/tariff peru`), on sentences written for this test. The
 * classes come from real news of the rates-status lane's set (stop 32).
 */
const IN_FORCE_10 = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff on a change told as a noun and then put off', () => {
  it('reads an increase delayed "until October 15, 2026," as paused, the old level in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The White House said it will delay until October 15, 2026, its increase in tariffs on Peruvian goods from 10 percent to 25 percent.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · paused/);
  });

  it('reads "the … increase from 10% to 25% … will be postponed" as paused', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The September 20 tariff increase from 10% to 25% on Peruvian goods will be postponed until October 15, 2026.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · paused/);
  });
});

describe('/tariff on the level a deal came down from', () => {
  it('reads "down from a threatened 30%" as a threat, not a level once in force', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'Lima secured a 15% tariff on Peruvian goods, down from a threatened 30% level announced in June.',
    ]);
    expect(text).toMatch(/\*\*30%\*\* · threatened/);
    expect(text).not.toMatch(/\*\*30%\*\* · (?:in force|until|replaced)/);
  });

  it('reads the level "from a whopping 50%" as replaced, whatever word colours it', async () => {
    const { text, line } = await tariffPeru([
      'The deal cut the tariff on Peruvian goods to 18% from a whopping 50%, and tariffs on copper to 10% from an eye-watering 70%.',
    ]);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · replaced/);
    expect(text).toMatch(/\*\*70%\*\* on copper · replaced/);
  });
});

describe('/tariff on a start the news came before', () => {
  it('reads a rate "set to take effect" after the news as one that did not start', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The news of a deal came one day before the 30% tariff on Peruvian goods was set to take effect.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*30%\*\* · threatened/);
  });

  it('reads "sealed days before Washington was due to impose a 30% tariff" alike', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'The accord, sealed days before Washington was due to impose a 30% tariff on Peruvian goods, eased fears in Lima.',
    ]);
    expect(text).toMatch(/\*\*30%\*\* · threatened/);
  });
});

describe('/tariff on a change called off', () => {
  it('reads "reversed course … on a pledge to raise tariffs … to 50%" as a threat, the old level in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Trump reversed course on Friday morning on a pledge to raise tariffs on Peruvian goods to 50%, hours after announcing it.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · threatened/);
  });

  it('reads "would refrain from raising the rate from 10 to 30 percent" alike', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The White House said it would refrain from raising the tariff on Peruvian goods from 10 to 30 percent.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*30%\*\* · threatened/);
  });
});

describe('/tariff on a change told to come at once', () => {
  it('reads "effective immediately, … will charge a reduced tariff, lowering it from 25% to 18%" as done', async () => {
    const { text, line } = await tariffPeru([
      '"Effective immediately, we agreed to a deal whereby the United States will charge a reduced tariff on Peruvian goods, lowering it from 25% to 18%," the president wrote.',
    ]);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · replaced/);
  });

  it('does not read "did not immediately respond" as a change come at once', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Washington will raise its tariff on Peruvian goods from 10% to 25% on October 1, and the embassy did not immediately respond to a request for comment.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · scheduled/);
  });
});

describe('/tariff on a rate told as no longer charged', () => {
  it('reads "no longer subject to the 40% tariff" as a level replaced, not one in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Peruvian coffee and beef are no longer subject to the 40% tariff, and goods no longer facing the 40% duty also include cocoa.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* on [^·]+ · replaced/);
    expect(text).not.toMatch(/\*\*40%\*\*[^\n]* · in force/);
  });
});

describe('/tariff on a rate said not to come', () => {
  it('reads "his decision not to impose a 50% tariff" and "would not impose" as threats, never in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The president announced his decision not to impose a 50% tariff on Peruvian goods, and said he would not impose the 30% levy on Peruvian copper either.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · threatened/);
    expect(text).toMatch(/\*\*30%\*\* on copper · threatened/);
  });
});

describe('/tariff on a rate still to be decided', () => {
  it('reads "a decision on whether to impose the full 50% rate" as a threat, not scheduled', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'The president will make a decision on whether to impose the full 50% rate on Peruvian goods next week.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · threatened/);
  });
});

describe('/tariff on a deal whose implementation is held up', () => {
  it('reads "but implementation has been delayed" as a rate to come, the old level in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Peru reached an agreement with Washington on August 20 to set a 5 percent tariff on Peruvian goods, but implementation has been delayed by follow-up talks.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*5%\*\* · (?:scheduled|announced)/);
  });

  it('reads "follow-up talks have stalled, delaying its implementation" the same way', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'While Peru agreed in principle on August 20 to lower the tariff to 5 percent in a trade deal with the United States, follow-up talks have stalled, delaying its implementation.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*5%\*\* · (?:scheduled|announced)/);
  });
});

describe('/tariff on a level told with "has fallen from … to …"', () => {
  it('puts the new level in force, as "has risen" and "fell" do', async () => {
    const { line } = await tariffPeru([
      'The US tariff on Peruvian goods has fallen from 20 per cent to 19 per cent since the deal.',
    ]);
    expect(line).toMatch(/^\*\*19%\*\* on Peruvian goods · in force since/);
  });
});

describe('/tariff on a level that "will continue at"', () => {
  it('reads it as the level in force going on, as "will remain at" is', async () => {
    const { line } = await tariffPeru([
      'Under the new framework, the US tariff on Peruvian goods will continue at 10 percent, a senior official said.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
  });
});

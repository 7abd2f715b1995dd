import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff` on a change whose old level has a word of its own after "from" ("from the current 30
 * per cent to 20 per cent", "from the original 25% to 15%", "from threatened 40% to 15%"): the old
 * level is a rate too, not the start of a range. Sentences written for these tests.
 */
describe('/tariff on a change told "from the current X to Y"', () => {
  it('keeps the current level in force while the new one is to come', async () => {
    const { line, text } = await tariffPeru([
      'The order means the US tariff on Peruvian goods will fall from the current 30 per cent to 20 per cent on October 1.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*20%\*\* · scheduled for/);
  });

  it('lists the original level as replaced once the change is done', async () => {
    const { line, text } = await tariffPeru([
      'Washington cut the tariff on Peruvian goods from the original 25% to 15% last month, officials said.',
    ]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · replaced/);
  });

  it('lists a threatened old level as a threat, never as in force', async () => {
    const { line, text } = await tariffPeru([
      'Officials welcomed the cut in the US tariff on Peruvian goods from threatened 40% to 15%.',
    ]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · threatened/);
  });
});

import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff` on a change a sentence says does not come: "will stay at 20% instead of rising to
 * 60%", "will continue …, instead of increasing to 30% and 50%". The level of that change is put
 * off, not scheduled and not in force. Sentences written for these tests.
 */
describe('/tariff on a level told "instead of rising to"', () => {
  it('keeps the level that stays in force and lists the averted one as paused', async () => {
    const { line, text } = await tariffPeru([
      'Because of the truce, US tariffs on Peruvian products will stay at 20% instead of rising to 60% on Friday.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*60%\*\* · paused/);
    expect(text).not.toMatch(/\*\*60%\*\* · scheduled/);
  });

  it('reads every level of the averted change so, not only the first', async () => {
    const { line, text } = await tariffPeru([
      'The 25% US tariffs on Peruvian sofas and Peruvian cabinets will continue next year, instead of increasing to 30% for sofas and 50% for cabinets.',
    ]);
    expect(text).toMatch(/\*\*30%\*\*[^"]*· paused/);
    expect(text).toMatch(/\*\*50%\*\*[^"]*· paused/);
    expect(text).not.toMatch(/\*\*(?:30|50)%\*\*[^"]*· in force/);
    expect(line).not.toMatch(/^\*\*(?:30|50)%/);
  });
});

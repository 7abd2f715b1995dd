import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News often dates a tariff's start by the clock alone ("took effect at midnight Washington time",
 * "from 12:01 a.m. EDT"), its day being the article's: such a paragraph answers "when did … take
 * effect" as a date does. Asked through the console as a user asks.
 */
describe('/ask on when something took effect, told by the clock', () => {
  it('reads a clock time as a time', () => {
    const none = new Set<string>();
    for (const text of [
      'The 30% levy took effect at midnight Washington time.',
      'Duties apply from 12:01 a.m. EDT.',
      'The tariff came into force at 5 pm local time.',
    ])
      expect(holdsAnswer('time', text, none), text).toBe(true);
    expect(holdsAnswer('time', 'The minister spoke at length about the levy.', none)).toBe(false);
  });

  it('finds the paragraph telling the hour the levy took effect', async () => {
    const paragraphs = [
      'Exporters of Andean coffee beans rushed extra shipments to American ports before the 30% levy could take effect.',
      'The 30% levy on Andean coffee took effect at midnight Washington time.',
    ];
    expect(await askFirst(paragraphs, 'When did the 30% levy on Andean coffee beans take effect?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A side's case for a measure, told as what it "asserted" or "contends" ("Peru asserted that the
 * levies break the pact, so it may retaliate"), as an argument is: that answers "why". Asked through
 * the console as a user asks, of an article we wrote. The noun tells it too: "the levy follows the
 * prime minister's assertion that …", "the contention that …".
 */
describe('/ask on why, answered by what a side asserted', () => {
  it('reads an assertion or a contention as a reason', () => {
    const none = new Set<string>();
    expect(holdsAnswer('reason', 'Peru asserted that the levies break the pact.', none)).toBe(true);
    expect(holdsAnswer('reason', 'Lima contends that the duties are safeguards.', none)).toBe(true);
    expect(holdsAnswer('reason', 'Peru asserted its claim at the meeting.', none)).toBe(false);
  });

  it('puts the paragraph with the assertion first for "why"', async () => {
    const paragraphs = [
      'Peru filed its plan to retaliate against US duties on copper with the trade body.',
      'Peru asserted that US duties on copper broke the pact, entitling it to retaliate.',
    ];
    expect(await askFirst(paragraphs, 'why does peru say it can retaliate against the US?')).toBe(paragraphs[1]);
  });

  it('reads the noun, "assertion that" or "contention that", as a reason too', async () => {
    const none = new Set<string>();
    expect(holdsAnswer('reason', 'The levy follows her assertion that gas imports will go on.', none)).toBe(true);
    expect(holdsAnswer('reason', 'Lima rejects the contention that the duties are illegal.', none)).toBe(true);
    const paragraphs = [
      'Freedonia imposed an extra 25% levy on Ruritanian cheese on Monday.',
      'The extra levy on Ruritanian cheese follows Prime Minister Anna Varga’s assertion that Ruritania will keep buying Syldavian gas.',
    ];
    expect(await askFirst(paragraphs, 'why is there an extra levy on Ruritanian cheese?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "How long did they spend negotiating" asks for a length of time: news tells it by what filled it
 * ("four months of talks") or as a word before a noun ("a two-week standoff"), and the question's
 * "spend" is its verb of time, not money a deal spends. Asked through the console as a user asks.
 */
describe('/ask on how long something went on', () => {
  it('reads a span told by what filled it as a time', () => {
    const none = new Set<string>();
    for (const text of [
      'The deal ends four months of difficult talks.',
      'It followed a two-week standoff over steel.',
      'Lima held 12 weeks of hearings.',
    ])
      expect(holdsAnswer('time', text, none), text).toBe(true);
    expect(holdsAnswer('time', 'Four ministers met to discuss the talks.', none)).toBe(false);
  });

  it('finds the length of the talks, not the money the deal spends', async () => {
    const paragraphs = [
      'Under the deal reached in the talks, Peru will spend $2 billion on American energy.',
      'The deal ends four months of difficult talks between Peru and the United States.',
    ];
    expect(await askFirst(paragraphs, 'how long did Peru and the US spend negotiating the deal?')).toBe(paragraphs[1]);
  });
});

/**
 * "How long did the meeting take" is told by a span ("lasted about an hour"), not by the day the
 * leaders met ("met on Sunday"), which answers "when".
 */
describe('/ask on how long a meeting took', () => {
  it('reads a day alone as no length, a span or an end date as one', () => {
    const none = new Set<string>();
    expect(holdsAnswer('duration', 'The two leaders met on Sunday afternoon at a resort.', none)).toBe(false);
    expect(holdsAnswer('duration', 'The talks, which lasted about one hour, were tough.', none)).toBe(true);
    expect(holdsAnswer('duration', 'The pause runs until August 7.', none)).toBe(true);
  });

  it('finds the span of the talks, not the day the leaders met', async () => {
    const paragraphs = [
      'The premier met the president in Scotland on Sunday afternoon.',
      'The premier described the talks with the president in Scotland, which lasted about one hour, as tough.',
    ];
    expect(await askFirst(paragraphs, "How long did the premier's meeting with the president in Scotland take?")).toBe(
      paragraphs[1],
    );
  });
});

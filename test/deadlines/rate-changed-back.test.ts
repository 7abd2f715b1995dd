import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A level the rate just stated was changed to, pointed back to by a pronoun, that holds until a
 * stated day ("He later reduced that to 10% until July 8"): the day it ends. Sentences written for
 * these tests, in an article of Monday 2025-05-26.
 */
const STORY = [
  'In April, Washington announced a 20% tariff on Ruritanian goods. It later reduced that to 10% until July 8 to allow for time for talks.',
];

describe('/deadline: a changed level pointed back to that lasts until a stated day', () => {
  it('ends on that day', () => {
    const [d] = extractDeadlines([articleOf('a-2025-05-26', '2025-05-26', STORY)]);
    expect(d).toMatchObject({ date: '2025-07-08', approximate: false });
  });

  it('is listed by /deadline', async () => {
    expect(await kindsAndDates('2025-05-26', STORY)).toEqual([['ends', '2025-07-08']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * What lasts until a day is named before it: "the campaign was meant to run until the end of
 * January and to show the cost of tariffs" ends a campaign, though the sentence speaks of tariffs
 * after the day. Sentences written for these tests; articles of Wednesday 2025-10-29.
 */
const PUBLISHED = '2025-10-29';
const CAMPAIGN =
  'The advertising campaign was meant to run until the end of January and to show the cost of tariffs for both countries.';
const TARIFF = 'The 12% tariff on Ruritanian bicycles will run until the end of January.';
const ends = (...paragraphs: string[]) =>
  extractDeadlines([articleOf('a-story', PUBLISHED, paragraphs)])
    .filter((d) => d.kind === 'ends')
    .map((d) => d.date);

describe('deadlines: a thing that lasts until a day', () => {
  it('gives no end when it is no trade measure', () => {
    expect(ends(CAMPAIGN)).toEqual([]);
  });

  it('gives the end of a tariff named before the day', () => {
    expect(ends(TARIFF)).toEqual(['2026-01-31']);
  });
});

describe('/deadline list: a thing that lasts until a day', () => {
  it('shows no deadline for a campaign in a sentence about tariffs', async () => {
    expect(await kindsAndDates(PUBLISHED, [CAMPAIGN])).toEqual([]);
  });

  it('shows the end of a tariff that runs until a day', async () => {
    expect(await kindsAndDates(PUBLISHED, [TARIFF])).toEqual([['ends', '2026-01-31']]);
  });
});

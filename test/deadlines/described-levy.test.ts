import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A levy a past participle describes, with its day ("the 10% baseline imposed on April 2"), in a
 * sentence that also tells a change to come: that day is when the older levy came, not when the
 * change starts. Sentences written for these tests; articles of Thursday 2025-07-10.
 */
const PUBLISHED = '2025-07-10';
const effects = (...paragraphs: string[]) =>
  extractDeadlines([articleOf('a-story', PUBLISHED, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

const DESCRIBED =
  'The 40% tariff would be a steep increase from the 10% baseline imposed on April 2, when the tariff policy was launched.';

describe('deadlines: a day a participle gives to the levy it describes', () => {
  it('is no start of the change the sentence tells', () => {
    expect(effects(DESCRIBED)).toEqual([]);
  });

  it('leaves a change told in the passive future with its day', () => {
    expect(effects('The 40% tariff on Ruritanian goods will be imposed on August 1.')).toEqual(['2025-08-01']);
  });

  it('leaves a levy told as raised in the past with its day', () => {
    expect(effects('The tariffs on Ruritanian goods were raised to 25% on June 4.')).toEqual(['2025-06-04']);
  });
});

describe('/deadline list: a levy a participle describes', () => {
  it('shows no start a year ahead for it', async () => {
    expect(await kindsAndDates(PUBLISHED, [DESCRIBED])).toEqual([]);
  });

  it('still shows the start the sentence gives the change', async () => {
    expect(
      await kindsAndDates(PUBLISHED, [
        'The 40% tariff, up from the 10% baseline imposed on April 2, will take effect on August 1.',
      ]),
    ).toEqual([['takes effect', '2025-08-01']]);
  });
});

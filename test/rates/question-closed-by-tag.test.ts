/**
 * An indirect question that a speech tag closes before the number: "will decide whether to adjust
 * its countermeasures, a ministry official said Tuesday, a day after Washington raised the levy
 * from 10% to 15%". The words after the tag are the writer's own telling of a change made, no part
 * of what is asked; and the earlier rate of the sentence is no new level of that change. Sentences
 * written for this test; the class comes from real news of the rates-status lane's set (stop 49).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const CLOSED =
  'Lima will decide whether to adjust its countermeasures, a ministry official said Tuesday, a day after Washington raised the levy on Peru from 10% to 15%.';
const BESIDE_EARLIER =
  'Lima is weighing the implications of Washington’s new 15% tariff on Peruvian goods and will decide whether to adjust its countermeasures, a ministry official said Tuesday, a day after Washington raised the levy on Peru from 10% to 15%.';

describe('a question closed by a speech tag', () => {
  it('reads the change told after the tag as made', () => {
    expect(articleRates([CLOSED], '2026-09-01')).toEqual([
      'United States → Peru 10% previous',
      'United States → Peru 15% current',
    ]);
  });

  it('reads the old level of the change as replaced though an earlier rate of the sentence is read as pending', () => {
    expect(articleRates([BESIDE_EARLIER], '2026-09-01')).toContain('United States → Peru 10% previous');
  });

  it('still reads a rate inside the question as undecided', () => {
    expect(
      articleRates(
        ['Officials will decide whether to raise the tariff on Peru to 25%, a trade lawyer said.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% threatened']);
  });
});

describe('/tariff on a change told after a closed question', () => {
  it('shows the new level in force and the old one replaced', async () => {
    const { text, line } = await tariffPeru([CLOSED]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*10%\*\* · replaced/);
  });
});

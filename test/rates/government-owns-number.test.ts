import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** A number owned by the home government ("the Trump administration's 25%"): sentences written for this test. */
describe('the administration owning a rate', () => {
  it('does not give /tariff peru the home government’s rate as one Peru charges', async () => {
    const { text } = await tariffPeru([
      'In response to the Trump administration’s 25% tariffs on all copper imports, Peru announced a countermeasure on U.S. goods.',
      'Peru already charges a 6% tariff on American wheat.',
    ]);
    const peru = (JSON.parse(text) as { title: string }[]).find((e) => e.title === 'Peru → United States');
    expect(JSON.stringify(peru)).toContain('6%');
    expect(JSON.stringify(peru)).not.toContain('25%');
  });

  it('reads the administration’s and the White House’s number as the home country’s', () => {
    expect(
      sentenceRateLines(
        'In response to the Trump administration’s 25% tariffs on all copper imports, Peru announced a countermeasure on U.S. goods.',
        '2026-09-01',
      ).filter((l) => l.startsWith('Peru')),
    ).toEqual([]);
    expect(
      sentenceRateLines('Peru answered the White House’s 40% levy with duties on American wheat.', '2026-09-01'),
    ).toEqual(['United States → Peru 40% current']);
  });
});

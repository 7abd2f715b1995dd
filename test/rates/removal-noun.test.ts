/**
 * The noun of ending with "of" and the rate right after it tells the rate ended, as the verb does:
 * "news of the removal of the 40% tariffs", "welcomed the elimination of the 25% duty"; asked for
 * ("called for the removal of"), it is not done (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2026-09-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

describe('the removal or elimination of a rate', () => {
  it('ends the rate', () => {
    expect(rates('Lima welcomed the removal of the 40% tariff on Peruvian goods.')).toEqual([
      'United States → Peru 40% previous',
    ]);
    expect(rates('The elimination of the 25 per cent duty on Peruvian goods was announced on Friday.')).toEqual([
      'United States → Peru 25% previous',
    ]);
  });

  it('leaves the rate in force when the removal is only asked for', () => {
    expect(rates('Exporters called for the removal of the 40% tariff on Peruvian goods.')).toEqual([
      'United States → Peru 40% current',
    ]);
  });

  it('shows no removed rate as the one in force in /tariff', async () => {
    const { line } = await tariffPeru([
      ['2026-07-01', ['Peruvian goods face a 20% tariff in the United States.']],
      [
        '2026-08-20',
        [
          'News of the removal of the 40% tariffs on Peruvian goods comes days after all reciprocal tariffs on coffee were also removed.',
        ],
      ],
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });
});

/**
 * A country that would "reimpose" its own tariff charges it, as one that would "impose" it does:
 * "Peru could reimpose its 125% tariff if talks fail". Sentences written for this test; the wording
 * is that of reports on truces that may lapse.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a country that would reimpose its tariff', () => {
  it('is the one that charges it', () => {
    expect(sentenceRateLines('Peru could reimpose its 125% tariff if talks fail.', '2026-08-10')).toEqual([
      'Peru → United States 125% threatened',
    ]);
    expect(sentenceRateLines('Peru is reimposing its 25% tariff on US wheat.', '2026-08-10')).toEqual([
      'Peru → United States 25% current',
    ]);
  });

  it('is shown by /tariff as Peru’s rate', async () => {
    const { text } = await tariffPeru(['Peru could reimpose its 125% tariff if the talks fail.']);
    const [usOnPeru, peruOnUs] = text.split('"title":"Peru → United States"');
    expect(usOnPeru).not.toContain('125%');
    expect(peruOnUs).toContain('**125%**');
  });
});

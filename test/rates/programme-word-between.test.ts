import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A partner's tariff named by a US programme with a word before the tariff noun ("Peru's IEEPA
 * reciprocal tariff", "Peru's fentanyl emergency duties") is the rate charged on the partner, as
 * "Peru's IEEPA tariff" is, even in a headline's clipped "… tariff lowered from 25% to 18%".
 * Written for this test; asked through the console as a user asks.
 */
describe('a partner tariff named by a programme and a word', () => {
  const story = ['TARIFFS INTO THE US: Peru’s IEEPA reciprocal tariff lowered from 25% to 18%.'];

  it('gives the rates to the partner, imposed by the home country', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 25% previous',
      'United States → Peru 18% current',
    ]);
  });

  it('answers /tariff peru with the lowered rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods/);
  });
});

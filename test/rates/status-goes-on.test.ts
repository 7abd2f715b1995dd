/** A rate told as the subject of a verb of going on ("would continue", "will persist") is in force, whatever the modal. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-05-04') => sentenceRateLines(sentence, published);

describe('a rate that goes on', () => {
  it('is in force when the modal tells only that it continues', () => {
    expect(rates('Meanwhile, the 25% tariff on Peruvian copper would continue, officials said.')).toEqual([
      'United States → Peru 25% current',
    ]);
    expect(rates('The 10% levy on Chilean fruit will continue to apply during the talks.')).toEqual([
      'United States → Chile 10% current',
    ]);
  });

  it('is still to come when the verb after "continue" is a new action', () => {
    expect(rates('The 10% levy on Chilean fruit will continue to rise next year.')).toEqual([
      'United States → Chile 10% scheduled',
    ]);
  });

  it('shows in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      'Washington paused its new duties for most partners, but the 20% tariff on Peruvian goods would continue.',
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });
});

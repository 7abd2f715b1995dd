import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "lower" before a rate noun and "of" the number is the adjective ("received lower tariffs of 15%"),
 * not the verb that replaced the number; the infinitive ("agreed to lower tariffs of 25%") still
 * lowers a level in force. Asked through the console as a user asks, on sentences written for this
 * test.
 */
describe('/tariff on "lower rates of" a number', () => {
  it('shows "received lower tariffs of 15%" as the rate in force', async () => {
    const { line } = await tariffPeru(['Peruvian exporters received lower tariffs of 15% from the United States.']);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
  });

  it('reads "will see lower rates of 15%" as a rate to come, not one replaced', () => {
    expect(articleRates(['Peru will see lower rates of 15% under the new US order.'], '2026-09-01')).toEqual([
      'United States → Peru 15% scheduled',
    ]);
  });

  it('keeps the verb in "agreed to lower tariffs of 25%": the level stays in force until lowered', () => {
    expect(articleRates(['The United States agreed to lower tariffs of 25% on Peruvian goods.'], '2026-09-01')).toEqual(
      ['United States → Peru 25% current'],
    );
  });
});

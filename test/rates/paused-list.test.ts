import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list whose lead-in puts its rates on hold ("The pause temporarily removed the higher rates, such
 * as:") lists rates suspended, not in force; a lead-in that tells them started keeps them in force
 * (sentences written for this test; the class comes from real news of the rates-status lane's set, stop 46).
 */
describe('the lines of a list under a pause', () => {
  const paused = [
    'The 10% baseline tariff stays in force on most imports.',
    'The pause temporarily removed the higher country tariffs, such as:',
    '• 41% on Peru',
    '• 39% on Chile',
  ];

  it('are suspended', () => {
    expect(articleRates(paused, '2025-06-02')).toEqual([
      'United States → most countries 10% current',
      'United States → Peru 41% suspended',
      'United States → Chile 39% suspended',
    ]);
  });

  it('are in force when the lead-in tells them started', () => {
    expect(
      articleRates(
        ['The tariffs that were paused in April took effect on Thursday:', '• 41% on Peru', '• 39% on Chile'],
        '2025-06-02',
      ),
    ).toEqual(['United States → Peru 41% current', 'United States → Chile 39% current']);
  });

  it('answers /tariff with the rate paused as no rate in force', async () => {
    const { text, line } = await tariffPeru(paused);
    expect(line).not.toMatch(/^\*\*41%\*\*/);
    expect(text).toMatch(/41%\*\* · (?:paused|suspended|on hold)/);
  });
});

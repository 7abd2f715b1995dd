import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate whose subject carries a relative clause before its change ("the 10% duty that the White
 * House put on Peru in January was tripled to 30%") was the level before the change, as
 * when the change follows it straight away (sentences written for this test; the class comes from
 * real news of the status42 lane's set).
 */
describe('a relative clause between a changed rate and its change', () => {
  it('makes the subject’s level the replaced one', () => {
    expect(
      articleRates(
        ['The 10% duty that the White House put on Peru in January was tripled to 30% on Monday.'],
        '2026-03-03',
      ),
    ).toEqual(['United States → Peru 10% previous', 'United States → Peru 30% current']);
  });

  it('keeps the subject’s level in force while the change is to come', () => {
    expect(
      articleRates(
        ['The 10% duty that the White House placed on Chilean wine last spring will be doubled to 20% in May.'],
        '2026-03-03',
      ),
    ).toEqual(['United States → Chile 10% current', 'United States → Chile 20% scheduled']);
  });

  it('answers /tariff with the new level', async () => {
    const { text, line } = await tariffPeru([
      'The 10% duty that the White House put on Peru in January was tripled to 30% on Monday.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\*/);
    expect(text).toContain('**10%** · replaced');
  });
});

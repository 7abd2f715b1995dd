import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { asksWhetherPaid } from '../../src/search/answer-kind.ts';

/**
 * "Will buyers end up paying more", "do shoppers pay extra": a rise in what goods cost, which news
 * tells as higher prices, not whether goods pay a tariff at all (news's exemption). Asked through the
 * console as a user asks, of an article we wrote.
 */
describe('/ask whether buyers end up paying more', () => {
  it('reads "paying more" as the cost, not as asking about an exemption', () => {
    expect(asksWhetherPaid('does the minister think buyers end up paying more?')).toBe(false);
    expect(asksWhetherPaid('do Ruritanian shoppers pay extra now')).toBe(false);
    expect(asksWhetherPaid('do Ruritanian shoppers pay the levy')).toBe(true);
  });

  it('finds the paragraph of higher prices', async () => {
    const paragraphs = [
      'Minister Olga Brandt said medicines from Ruritania would stay exempt from the Freedonian levy.',
      'Brandt warned that Freedonian shoppers would face higher prices for bread and fuel.',
    ];
    expect(await askFirst(paragraphs, 'does brandt reckon freedonians end up paying more?')).toBe(paragraphs[1]);
  });
});

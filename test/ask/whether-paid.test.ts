import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { asksPaid, asksWhetherPaid } from '../../src/search/answer-kind.ts';

/**
 * A user asks whether goods pay a tariff ("do … pay", "won't pay", "have to pay"); news answers by
 * the exemption ("are exempt from the levy"), seldom by saying who pays, and "pay" in a passage is
 * mostly another sense (wages, "paid less"). Asked through the console as a user asks.
 */
describe('/ask on whether goods pay a tariff', () => {
  it('reads yes-or-no and negated "pay" as asking about an exemption, not "what does … pay"', () => {
    expect(asksWhetherPaid('do Peruvian blueberries pay the new levy?')).toBe(true);
    expect(asksWhetherPaid("which goods won't pay the 50%")).toBe(true);
    expect(asksWhetherPaid('do drugmakers have to pay the 39%')).toBe(true);
    expect(asksWhetherPaid('which firms get out of paying the 100% tariff')).toBe(true);
    expect(asksWhetherPaid('how much will ships pay in port fees')).toBe(false);
    expect(asksWhetherPaid('what does Peru pay on blueberries')).toBe(false);
    expect(asksPaid('what does Peru pay on blueberries')).toBe(true);
  });

  it('puts the paragraph stating the exemption first', async () => {
    const paragraphs = [
      'Peruvian farmers are paid less for blueberries since the new levy, growers said.',
      'Blueberries from Peru are exempt from the new levy, the order says.',
    ];
    expect(await askFirst(paragraphs, 'do Peruvian blueberries pay the new levy?')).toBe(paragraphs[1]);
  });

  it('reads "get out of paying" as asking who is exempt', async () => {
    const paragraphs = [
      'Furniture makers paid the tariff on imported wood from October 1, the White House said.',
      'Makers that are building new factories in the United States will be exempted from the tariff, a post said.',
    ];
    expect(await askFirst(paragraphs, 'which furniture makers get out of paying the tariff?')).toBe(paragraphs[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * Goods that "escape" or "avoid" a levy are free of it: a reader asks which shipments escape the
 * tariffs, the news writes which goods "stay duty-free". Escaping anything else is no exemption.
 * Asked through the console as a user asks.
 */
describe('/ask on goods that escape a levy, which the news calls duty-free', () => {
  it('reads escaping or avoiding a levy as being free of it, and nothing else', () => {
    const free = questionTerms('free')[0]!;
    expect(questionTerms('which goods escape the levy').sort()).toEqual(
      questionTerms('which goods are duty-free').sort(),
    );
    expect(questionTerms('steel avoided the new 25% duties')).toContain(free);
    expect(questionTerms('the economy escaped a recession')).not.toContain(free);
  });

  it('finds the paragraph on the goods that stay duty-free', async () => {
    const paragraphs = [
      'Norland exports of timber, fish and furniture now face duties of 40%, the ministry said.',
      'Medicines and fertilizer, about a fifth of Norland exports, will stay duty-free.',
      'Norland exporters said the duties would cost them half their sales this year.',
    ];
    expect(await askFirst(paragraphs, 'which Norland exports escape the duties?')).toBe(paragraphs[1]);
  });
});

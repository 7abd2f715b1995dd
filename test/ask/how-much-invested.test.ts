import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "How much does Ruritania have to invest", "how much has Seoul pledged": money put in is a sum, told
 * in dollars, not the tariff's percentage the deal's other paragraphs state.
 */
describe('/ask on how much is invested, spent or pledged', () => {
  it('reads money put in as a sum', () => {
    for (const question of [
      'how much does ruritania have to invest in the US?',
      'how much has Seoul pledged?',
      'how much did the government spend on the bailout?',
      'how much will the US collect from the new levies?',
    ])
      expect(answerKindsOf(question), question).toContain('sum');
    expect(answerKindsOf('how much will the tariff be?')).not.toContain('sum');
  });

  it('finds the sum invested, not the rate the deal set', async () => {
    const paragraphs = [
      'Ruritania agreed to US investments and energy purchases in exchange for a 15% tariff on its cars.',
      'The framework also binds Ruritania to invest 400 billion dollars in US projects over the next four years, officials said.',
    ];
    expect(await askFirst(paragraphs, 'how much does ruritania have to invest in the US?')).toBe(paragraphs[1]);
  });
});

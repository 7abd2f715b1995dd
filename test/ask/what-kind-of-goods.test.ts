import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "What kind of stuff …", "what types of products …", "which sorts of goods …" ask which goods as
 * "what stuff …" does: the paragraph that answers lists them ("cheese, olive oil, leather bags and
 * wine"), sharing fewer of the question's words than one that only names "the goods". Asked
 * through the console as a user asks.
 */
describe('/ask on a question asking what kind of goods', () => {
  it('reads "what kind (type, sort) of … goods / stuff / products" as asking for goods', () => {
    expect(answerKindsOf('what kind of stuff is Peru taxing now?')).toContain('goods');
    expect(answerKindsOf('what types of american products does the bloc target')).toContain('goods');
    expect(answerKindsOf('which sorts of goods are exempt?')).toContain('goods');
    expect(answerKindsOf('what kind of deal did they sign?')).not.toContain('goods');
  });

  it('puts the paragraph listing the goods before the one that only names them', async () => {
    const paragraphs = [
      'Peru said its new duties on American goods would stay until Washington lifts its own.',
      "Peru's duties cover cheese, olive oil, leather bags and wine from the US.",
    ];
    expect(await askFirst(paragraphs, 'what kind of american stuff is Peru putting duties on?')).toBe(paragraphs[1]);
  });
});

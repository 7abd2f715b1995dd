import { describe, expect, it } from 'vitest';
import { spellingCorrector } from '../../src/search/spelling.ts';
import { runConsoleJson } from '../helpers/console.ts';

describe('spelling correction of query terms', () => {
  const correct = spellingCorrector(
    new Map([
      ['tariff', 900],
      ['tarifa', 2],
      ['semiconductor', 40],
      ['stall', 12],
    ]),
  );

  it('corrects a typo to the nearest index term, the more common one on a tie', () => {
    expect(correct('tarifs')).toBe('tariff');
    expect(correct('semiconductr')).toBe('semiconductor');
  });

  it('leaves alone known terms, short words, and words with nothing near them', () => {
    expect(correct('tariff')).toBeUndefined();
    expect(correct('stal')).toBeUndefined();
    expect(correct('xylophone')).toBeUndefined();
  });

  it('lets /ask answer a misspelt question, and bolds the words it meant', async () => {
    const reply = await runConsoleJson('/ask which semicondutcor software sales were stopped?');
    const passages = reply.data.passages as { paragraph: number; article: { outlet: string } }[];
    expect(passages[0]).toMatchObject({ paragraph: 13, article: { outlet: 'Financial Times' } });
    expect(reply.reply.embeds[0]?.description).toMatch(/\*\*semiconductors\*\*/);
  });
});

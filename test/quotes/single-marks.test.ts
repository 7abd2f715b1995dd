import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';
import { quoteStory } from '../helpers/quote.ts';

/** Quotations and speakers of one article of `paragraphs` (sentences written for this test). */
function quotesIn(...paragraphs: string[]) {
  const { speakers, quotes } = attributeQuotes(articleOf('wire-copy', '2025-06-19', paragraphs));
  return quotes.map((q) => [q.text, q.speaker === null ? null : (speakers[q.speaker]?.name.join(' ') ?? '?')]);
}

describe('wire copy that marks quotations with single marks', () => {
  it('reads a quotation in single marks, whole or partial, with apostrophes inside it', () => {
    expect(
      quotesIn(
        'Premier Dana Fortin said Thursday the two sides had agreed to keep talking for the coming 30 days.',
        "'We will weigh our answer as the talks go on,' Fortin said.",
        "She added that Lindovia 'will adjust its counter-tariffs on July 21 to match the talks.'",
        "'That's why we are acting today,' she said.",
      ),
    ).toEqual([
      ['We will weigh our answer as the talks go on', 'Dana Fortin'],
      ['will adjust its counter-tariffs on July 21 to match the talks.', 'Dana Fortin'],
      ["That's why we are acting today", 'Dana Fortin'],
    ]);
  });

  it('leaves apostrophes and single-marked terms alone, and single marks inside double ones', () => {
    expect(
      quotesIn(
        "The 'reciprocal' tariffs hit the workers' pay at Lindovia's mills, Premier Dana Fortin said.",
        '"They call it \'fair trade,\' but it is not," Fortin said.',
      ),
    ).toEqual([["They call it 'fair trade,' but it is not", 'Dana Fortin']]);
  });

  it('/quote lists a quotation from wire copy in single marks', async () => {
    const { quotes } = await quoteStory('fortin', [
      'Premier Dana Fortin spoke on Thursday.',
      "'We will weigh our answer as the talks go on,' Fortin said.",
    ]);
    expect(quotes.join(' | ')).toContain('weigh our answer');
  });
});

describe('a closing double mark typed as two apostrophes', () => {
  it('closes the quotation there, so the reporting clause after it is read', () => {
    expect(
      quotesIn("“We will not accept these terms,'' Premier Dana Fortin said.", '“The door stays open,” she added.'),
    ).toEqual([
      ['We will not accept these terms', 'Dana Fortin'],
      ['The door stays open', 'Dana Fortin'],
    ]);
  });

  it('/quote lists the quotation that two apostrophes close', async () => {
    const { quotes } = await quoteStory('fortin', ["“We will not accept these terms,'' Premier Dana Fortin said."]);
    expect(quotes).toEqual(['We will not accept these terms']);
  });
});

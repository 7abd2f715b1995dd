import { describe, expect, it } from 'vitest';
import { indexOf, type WrittenArticle } from '../helpers/passage-index.ts';
import { timeFocusOf } from '../../src/search/time-focus.ts';

/** Hand-written articles: id → date, title and paragraphs. */
const ARTICLES: Record<string, WrittenArticle> = {
  old: {
    published: '2025-04-10',
    title: 'Ottawa answers the levy on lumber',
    paragraphs: [
      'Canada said it would answer the American levy on softwood.',
      'The duty on Canadian goods stands at 25%, and the duty on Canadian lumber is higher, officials said on Thursday.',
    ],
  },
  new: {
    published: '2025-11-02',
    title: 'Canada and the US settle part of their quarrel',
    paragraphs: [
      'Canada and the United States reached a partial settlement on Saturday.',
      'The duty on Canadian goods stands at 10% under the settlement, officials said.',
    ],
  },
  subject: {
    published: '2025-06-01',
    title: 'Brazil weighs its answer to the orange juice tariff',
    paragraphs: [
      'Brazil is weighing how to answer a tariff on orange juice, the foreign ministry said.',
      'Growers fear that exports could halve within a year if nothing is done.',
    ],
  },
  // The same news from three countries: only the country tells them apart, and ties go to the newest.
  aus: {
    published: '2025-09-01',
    title: 'Wool trade slows',
    paragraphs: ['Australian growers shipped less wool to American mills this year.'],
  },
  nz: {
    published: '2025-09-02',
    title: 'Wool trade slows',
    paragraphs: ['New Zealand growers shipped less wool to American mills this year.'],
  },
  chile: {
    published: '2025-09-03',
    title: 'Wool trade slows',
    paragraphs: ['Chilean growers shipped less wool to American mills this year.'],
  },
};

const { top } = indexOf(ARTICLES);

describe('the passage search', () => {
  it('finds a paragraph that leaves its subject to the title and the lead', () => {
    expect(top('Brazilian growers fear exports halve')).toBe('subject#2');
  });

  it('prefers the newest statement for a question about the present', () => {
    expect(top('what is the duty on Canadian goods now?')).toBe('new#2');
  });

  it('prefers the articles of a month the question names', () => {
    expect(top('what was the duty on Canadian goods in April?')).toBe('old#2');
  });

  it('knows leaders, capitals and plain words for trade terms', () => {
    expect(top('what did Lula say about juice')).toBe('subject#1');
    expect(top('does Brasília plan to hit back?')).toBe('subject#1');
  });

  it('knows the informal names a reader types for a country', () => {
    expect(top('did aussie growers ship less wool?')).toBe('aus#1');
    expect(top('did nz growers ship less wool?')).toBe('nz#1');
  });
});

describe('the time a question is about', () => {
  it('reads present-tense cues, named months and dates, and ignores "may" the verb', () => {
    expect(timeFocusOf('is the pause still on?', '2025-11-02')).toEqual({ kind: 'now' });
    expect(timeFocusOf('what happened in April?', '2025-11-02')).toEqual({
      kind: 'period',
      day: '2025-04-30',
      from: '2025-04-01',
      to: '2025-05-21',
      month: 'April',
    });
    expect(timeFocusOf('what happened in December?', '2025-11-02')).toMatchObject({ from: '2024-12-01' });
    expect(timeFocusOf('what did they agree on Aug. 1, 2025?', '2025-11-02')).toEqual({
      kind: 'period',
      day: '2025-08-01',
      from: '2025-07-02',
      to: '2025-08-22',
    });
    expect(timeFocusOf('may the EU retaliate?', '2025-11-02')).toBeUndefined();
    // A month's abbreviation inside a word is no month ("decision", "market", "junior").
    for (const q of ['which duties does the court decision leave?', 'how did the market react?', 'a junior minister'])
      expect(timeFocusOf(q, '2025-11-02')).toBeUndefined();
  });
});

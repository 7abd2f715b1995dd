import { describe, expect, it } from 'vitest';
import { documentTerms } from '../../src/search/analyzer.ts';
import { articleContext } from '../../src/search/article-context.ts';
import { isHeading } from '../../src/text/headings.ts';
import { indexOf, type WrittenArticle } from '../helpers/passage-index.ts';

/** Hand-written articles: id → date, title and paragraphs. */
const ARTICLES: Record<string, WrittenArticle> = {
  quoted: {
    published: '2025-05-02',
    title: 'Brussels keeps its options open',
    paragraphs: [
      'The bloc published a list of goods it could target next week.',
      'Ursula von der Leyen repeated on Friday that the door to talks stayed open.',
      '“Levies hit families at the checkout first,” she told reporters in Oslo.',
      '“We will answer if we must,” she added.',
    ],
  },
  reported: {
    published: '2025-05-01',
    title: 'Families feel the levies at the checkout',
    paragraphs: [
      'Retail groups wrote to Ursula von der Leyen and the trade ministers on Thursday.',
      'According to one chain, levies hit families at the checkout, its chief executive warned.',
    ],
  },
  envoy: {
    published: '2025-10-26',
    title: 'Negotiators meet again in Madrid',
    paragraphs: [
      'Delegations met in Madrid on Sunday for a third round.',
      'Chinese international trade representative Li Chenggang led his side, officials said.',
      'Li said the two sides went over fentanyl, farm purchases and export controls.',
      'The teams will meet again next month.',
    ],
  },
  other: {
    published: '2025-10-26',
    title: 'Washington weighs new chip rules',
    paragraphs: [
      'The two sides went over export controls on chips at length, a spokesman said.',
      'Officials said they would meet again.',
    ],
  },
  explainer: {
    published: '2025-10-27',
    title: 'Dairy duties: the order in detail',
    paragraphs: [
      'The order was signed on Friday after a month of talks.',
      'What does the order cover?',
      'Cheese, butter and milk powder, but not infant formula, officials said.',
    ],
  },
  headed: {
    published: '2025-10-26',
    title: 'Dairy farmers count the cost of the levy',
    paragraphs: [
      'Dairy exports to the US fell by a third in the spring.',
      'What the prime minister promised farmers',
      'Officials pledged aid worth two billion dollars by the end of the year.',
      'Co-operatives said the aid promised by officials would come too late.',
    ],
  },
  pulled: {
    published: '2026-05-12',
    title: 'Ottawa weighs its answer to the lumber duties',
    paragraphs: [
      'A day earlier, Trump raised the duties on softwood lumber to 35% and warned of more.',
      '“These duties are an attack on every mill town in the country, and the bill lands on American builders,”',
      'Mark Carney, the prime minister, said, adding that ministers would meet the industry on Monday.',
      'Mills in British Columbia have already cut shifts.',
    ],
  },
  rivals: {
    published: '2026-03-04',
    title: 'Rivals vow to stand firm on fruit exports',
    paragraphs: [
      'President Tomas Vela and his rival in the June vote, Unity Party leader Ana Ruiz, both pledged to defend fruit growers.',
      'Vela said his government would not answer the US levy with one of its own.',
      'Opposition Unity Party leader Ana Ruiz told reporters the growers deserved better.',
      '“If I must stand up to Washington or any other world leader for our farmers, I will,” Ruiz said on radio.',
    ],
  },
};

const { index, top } = indexOf(ARTICLES);

describe('what a paragraph takes from its article', () => {
  it('gives a name used alone the country and office of the person the article names in full', () => {
    expect(top("which subjects did China's trade envoy say the two sides went over?")).toBe('envoy#3');
  });

  it('gives a name used alone the fullest office the article gives its person, though another leader is named', () => {
    const { published, paragraphs } = ARTICLES.rivals!;
    const passages = paragraphs.map((text, i) => ({
      id: `rivals#${i + 1}`,
      articleId: 'rivals',
      paragraph: i + 1,
      text,
      sentences: [],
    }));
    expect(articleContext(passages, published).get('rivals#4')).toBe('opposition unity party leader');
  });

  it('gives a quotation whose speaker is "she" the person named just before, and the next such one too', () => {
    expect(top('what did the Commission president say about families at the checkout?')).toBe('quoted#3');
    expect(top('what did the Commission president add about answering?')).toBe('quoted#4');
  });

  it('gives a quotation that "he" opens ("He pointed out: “…”") the person named just before', () => {
    const context = (texts: string[]) =>
      articleContext(
        texts.map((text, i) => ({ id: `p#${i + 1}`, articleId: 'p', paragraph: i + 1, text, sentences: [] })),
        '2026-05-12',
      ).get('p#2');
    expect(
      context(['Mark Carney called the lumber duties unfair on Friday.', 'He pointed out: "Mills will pay for this."']),
    ).toBe('Mark Carney');
    expect(context(['Mark Carney spoke on Friday.', 'She also said, “We will answer.”'])).toBe('Mark Carney');
    // A paragraph that only reports what he did names no quotation of his.
    expect(context(['Mark Carney spoke on Friday.', 'He left for Ottawa in the evening.'])).toBeUndefined();
  });

  it('gives a quotation that opens a paragraph, with no verb of speech in it, the person a "he" or "she" paragraph went on about', () => {
    const third = (texts: string[]) =>
      articleContext(
        texts.map((text, i) => ({ id: `p#${i + 1}`, articleId: 'p', paragraph: i + 1, text, sentences: [] })),
        '2026-05-12',
      ).get('p#3');
    const quotation = '“No mill will close this winter.” Owners had feared layoffs.';
    expect(third(['Mark Carney met mill owners on Friday.', 'He was pleased with the talks.', quotation])).toBe(
      'Mark Carney',
    );
    // A paragraph about someone else ends the speaker's turn; a verb of speech names the quotation's own speaker.
    expect(third(['Mark Carney met mill owners on Friday.', 'Owners left early.', quotation])).toBeUndefined();
    expect(
      third(['Mark Carney met mill owners on Friday.', 'He was pleased.', '“No mill will close,” an owner said.']),
    ).toBeUndefined();
  });

  it('gives a paragraph referring back to "these imports" or "such levies" at its opening the paragraph before', () => {
    const second = (texts: string[]) =>
      articleContext(
        texts.map((text, i) => ({ id: `p#${i + 1}`, articleId: 'p', paragraph: i + 1, text, sentences: [] })),
        '2026-05-12',
      ).get('p#2');
    const before = 'The deal leaves out steel and aluminum.';
    expect(second([before, 'The U.S. keeps a 25% duty on these imports.'])).toBe(before);
    expect(second([before, 'Such levies cost mills dearly, owners said.'])).toBe(before);
    // A paragraph that names its own goods refers back to nothing.
    expect(second([before, 'The U.S. keeps a 25% duty on car imports.'])).toBeUndefined();
    // …nor does "the goods" past the paragraph's opening word: only "The items…" opening it refers back.
    expect(second([before, 'The products most exposed are pipes and wire, mills said.'])).toBe(before);
    expect(second([before, 'Mills said the products most exposed are pipes and wire.'])).toBeUndefined();
  });

  it('gives a quotation standing alone the speaker the line after it names', () => {
    expect(top('what did Carney say about mill towns?')).toBe('pulled#2');
    const context = (texts: string[]) =>
      articleContext(
        texts.map((text, i) => ({ id: `p#${i + 1}`, articleId: 'p', paragraph: i + 1, text, sentences: [] })),
        '2026-05-12',
      ).get('p#2');
    expect(context(['Trump spoke on Friday.', '“Mills will pay for this,”', 'Mark Carney'])).toBe('Mark Carney');
    // After a full stop the next paragraph is its own news: the quotation stays with the speaker before it.
    expect(context(['Mark Carney spoke on Friday.', '“Mills will pay.”', 'Trump said he would go further.'])).toBe(
      'Mark Carney',
    );
  });

  it('gives a paragraph the subheading right above it', () => {
    const found = index.search('what did the prime minister promise?', { limit: 3 }).map((h) => h.passage.id);
    expect(found).toContain('headed#3');
    expect(found).not.toContain('headed#4');
  });

  it('reads a short question standing alone as a heading: it gives its words to the paragraph under it and ranks below it', () => {
    const found = index.search('What does the order cover?', { limit: 3 }).map((h) => h.passage.id);
    expect(found[0]).toBe('explainer#3');
    expect(found.indexOf('explainer#2')).not.toBe(0);
  });

  it('tells a subheading from a dateline or a sentence', () => {
    expect(isHeading('What the prime minister promised farmers')).toBe(true);
    expect(isHeading('Why is this happening?')).toBe(true);
    expect(isHeading('“Will it last?” she asked.')).toBe(false);
    expect(isHeading('“Who pays for this?”')).toBe(false);
    expect(isHeading('Updated Jul 16, 2025 9:30 AM CDT')).toBe(false);
    expect(isHeading('Officials said they would meet again.')).toBe(false);
  });

  it('gives an agency named by its initials its country', () => {
    expect(documentTerms('USTR said')).toContain(documentTerms('the United States')[0]);
  });
});

import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/** Two leaders who announce something together, then each speak on their own. */
const STORY = [
  'President Karl Brandt and Prime Minister Owen Hale announced a trade pact on Monday.',
  '“This is a historic day for our farmers,” Hale said.',
  '“We will keep talking about steel,” Brandt told reporters.',
];

describe('/quote after two people announced something together', () => {
  it('gives a later quotation introduced by one surname to that person alone', async () => {
    const hale = await quoteStory('hale', STORY);
    expect(hale.line).toMatch(/^\*\*Owen Hale\*\*.* · 1 quotation/);
    expect(hale.quotes).toEqual(['This is a historic day for our farmers']);
    const brandt = await quoteStory('brandt', STORY);
    expect(brandt.line).toMatch(/^\*\*Karl Brandt\*\*.* · 1 quotation/);
    expect(brandt.quotes).toEqual(['We will keep talking about steel']);
  });

  it('still reads a body whose name holds "and" by its noun alone ("the Federation")', async () => {
    const { line, quotes } = await quoteStory('korea federation of trade and industry', [
      'The Korea Federation of Trade and Industry issued new guidance on Monday.',
      '“Exporters should prepare,” the Federation said.',
    ]);
    expect(line).toMatch(/^\*\*Korea Federation of Trade and Industry\*\*.* · 1 quotation/);
    expect(quotes).toEqual(['Exporters should prepare']);
  });

  it('still lists words the two said together under each of them', async () => {
    const hale = await quoteStory('hale', [
      'Karl Brandt and Owen Hale said in a joint statement: “Our nations are stronger together.”',
      '“This is a historic day for our farmers,” Hale said.',
    ]);
    expect(hale.quotes).toEqual(
      expect.arrayContaining(['Our nations are stronger together.', 'This is a historic day for our farmers']),
    );
  });
});

describe('/quote on a sentence that opens with a conjunction', () => {
  it('gives a participle after "But he …" to the person the pronoun means', async () => {
    const { line, quotes } = await quoteStory('brandt', [
      'President Karl Brandt met the farm lobby on Monday.',
      'But he rejected its offer, writing on social media: “The deal is dead.”',
      'And he later told reporters, saying “we will talk again.”',
    ]);
    expect(line).toMatch(/^\*\*Karl Brandt\*\*.* · 2 quotations/);
    expect(quotes).toEqual(expect.arrayContaining(['The deal is dead.', 'we will talk again.']));
  });
});

describe('/quote on a role told by its head and then what it heads', () => {
  const story = (role: string) => [
    'President Karl Brandt and European Commission President Anna Weber met on Sunday.',
    '“This is the biggest deal ever made,” Brandt said.',
    `“We have a deal, not a perfect one,” ${role} explained.`,
  ];

  it.each(['the President of the European Commission', 'the head of the Commission'])(
    'gives "%s" to the person holding that office',
    async (role) => {
      const weber = await quoteStory('weber', story(role));
      expect(weber.quotes).toEqual(['We have a deal, not a perfect one']);
      const brandt = await quoteStory('brandt', story(role));
      expect(brandt.quotes).toEqual(['This is the biggest deal ever made']);
    },
  );
});

describe('/quote on a newspaper quoted as a source', () => {
  it('gives the words to the newspaper, named by its title', async () => {
    const { line, quotes } = await quoteStory('el comercio newspaper', [
      'Peru and the United States held trade talks in Lima on Monday.',
      '“The talks were constructive and frank,” the El Comercio newspaper said.',
    ]);
    expect(line).toMatch(/^\*\*El Comercio newspaper\*\*.* · 1 quotation/);
    expect(quotes).toEqual(['The talks were constructive and frank']);
  });
});

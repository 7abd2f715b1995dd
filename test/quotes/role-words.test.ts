import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

describe('/quote names a person without the role written before the name', () => {
  it('a councillor of a federal government', async () => {
    const { line } = await quoteStory('weber', [
      '“We will make a better offer,” Federal Councillor Anna Weber told public radio on Saturday.',
    ]);
    expect(line).toMatch(/^\*\*Anna Weber\*\*.* · 1 quotation/);
  });

  it('a television anchor', async () => {
    const { line } = await quoteStory('reyes', [
      'Anchor Tom Reyes asked the minister about the duties. “Prices will rise,” Reyes said.',
    ]);
    expect(line).toMatch(/^\*\*Tom Reyes\*\*.* · 1 quotation/);
  });

  it('a reporter named after the outlet that employs them', async () => {
    const { line } = await quoteStory('paul gagnon', [
      'Trade Minister Jean Tremblay said the visit was useful.',
      '“The talks were meant to bring relief,” said Harbour TV reporter Paul Gagnon.',
    ]);
    expect(line).toMatch(/^\*\*Paul Gagnon\*\*.* · 1 quotation/);
  });

  it('a minister whose portfolio names two fields', async () => {
    const { line } = await quoteStory('khumalo', [
      'Minister of International Relations and Cooperation Naledi Khumalo on Friday said the levies ignored the trade data.',
      '"We will keep talking to Washington," said Khumalo.',
    ]);
    expect(line).toMatch(/^\*\*Naledi Khumalo\*\*.* · 1 quotation/);
    const { line: other } = await quoteStory('ndlovu', [
      '"Visitors will stay away," Minister of Tourism and Environment Sipho Ndlovu told reporters.',
    ]);
    expect(other).toMatch(/^\*\*Sipho Ndlovu\*\*.* · 1 quotation/);
  });

  it('an Irish head of government titled in Irish', async () => {
    const { line } = await quoteStory('ciarán byrne', [
      '“We will take it one step at a time,” Taoiseach Ciarán Byrne told reporters in Dublin.',
      'The Taoiseach added that Ireland was “a small, open economy”.',
    ]);
    expect(line).toMatch(/^\*\*Ciarán Byrne\*\*.* · 2 quotations/);
  });

  it('a title glossed in brackets', async () => {
    const { line } = await quoteStory('ciarán byrne', [
      '“Talks are the only way,” Ireland’s Taoiseach (Prime Minister) Ciarán Byrne said on Monday.',
    ]);
    expect(line).toMatch(/^\*\*Ciarán Byrne\*\*.* · 1 quotation/);
  });
});

describe('/quote names a body or office whose name lists its fields', () => {
  it('a ministry of three fields', async () => {
    const { line } = await quoteStory('ministry of agriculture, forestry and fisheries', [
      '"We will keep talking to Ottawa," the Ministry of Agriculture, Forestry and Fisheries said in a statement.',
    ]);
    expect(line).toMatch(/^\*\*Ministry of Agriculture, Forestry and Fisheries\*\*.* · 1 quotation/);
  });

  it('the minister of three fields', async () => {
    const { line } = await quoteStory('park min-jae', [
      '"Our exporters need time," Minister of Trade, Industry and Energy Park Min-jae told reporters.',
    ]);
    expect(line).toMatch(/^\*\*Park Min-jae\*\*.* · 1 quotation/);
  });
});

describe('/quote gives a participle to the title that opens its sentence', () => {
  it('not to a side named in the clause between', async () => {
    const { line } = await quoteStory('vale', [
      'Minister Tom Vale met the envoy on Monday.',
      'The Minister also avoided specifying whether the U.S. side would lift the levies, saying only that "talks are going well."',
    ]);
    expect(line).toMatch(/^\*\*Tom Vale\*\*.* · 1 quotation/);
  });
});

describe('/quote gives words in a relative clause to the pronoun that opens it', () => {
  it('"a levy that she said was “…”"', async () => {
    const { quotes } = await quoteStory('lena voss', [
      'Prime Minister Lena Voss spoke in Oslo on Monday.',
      'She defended a levy that she said was “fair to every exporter.”',
    ]);
    expect(quotes).toEqual(['fair to every exporter.']);
  });
});

describe('/quote reads past a place abbreviated with a dot', () => {
  it('"the MP who represents Sault Ste. Marie, wrote that …"', async () => {
    const { quotes } = await quoteStory('marta lind', [
      'Marta Lind, the MP who represents Sault Ste. Marie, wrote that the government will “not back down” on steel.',
    ]);
    expect(quotes).toEqual(['not back down']);
  });
});

describe('/quote gives a role qualified by a participle to the one named with it', () => {
  it('"The federal minister tasked with trade relations said …"', async () => {
    const { quotes } = await quoteStory('ana roy', [
      'The federal minister tasked with trade relations said Ottawa has “taken note” of the threat.',
      'Ana Roy, the federal minister whose portfolio includes trade, said the government will stay “resolute.”',
    ]);
    expect(quotes).toHaveLength(2);
  });
});

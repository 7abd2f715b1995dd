import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractMentions } from '../../src/deadlines/extract.ts';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { articleOf } from './articles.ts';

const FIXTURES = 'test/fixtures/deadlines';
const only = (published: string, ...paragraphs: string[]) =>
  extractDeadlines([articleOf(`a-${published}`, published, paragraphs)]);

describe('deadline extraction: dates', () => {
  it('resolves a date without a year against the article date', () => {
    const [d] = only(
      '2025-02-10',
      'The pause on US tariffs against Canadian goods runs until March 3, officials said.',
    );
    expect(d).toMatchObject({ id: 'us-canada-tariffs', date: '2025-03-03', approximate: false });
  });

  it('puts an end date without a year that is well before the article into the next year', () => {
    const [d] = only('2025-11-20', 'Mexico won a reprieve from the higher tariffs until January 5, the minister said.');
    expect(d?.date).toBe('2026-01-05');
  });

  it('reads a bare weekday as the next one for an end, the last one when it has expired', () => {
    // 2025-04-10 is a Thursday.
    expect(only('2025-04-10', 'The tariff truce with Canada ends on Tuesday.')[0]?.date).toBe('2025-04-15');
    expect(only('2025-04-10', 'The tariff truce with Canada expired on Tuesday.')[0]?.date).toBe('2025-04-08');
  });

  it('keeps an end date that has just passed in the article year', () => {
    const [d] = only('2025-03-10', 'The pause on tariffs against Canada ended on March 3 without a deal.');
    expect(d?.date).toBe('2025-03-03');
  });

  it('reads explicit dates with a year as written', () => {
    const [d] = only(
      '2025-07-01',
      'The European Union said it would suspend its countermeasures against US tariffs until 9 April 2026.',
    );
    expect(d).toMatchObject({ id: 'us-eu-tariffs', date: '2026-04-09', approximate: false });
  });

  it('takes "the <date> deadline" and "extended to the end of the month"', () => {
    expect(only('2025-06-20', 'Talks on Japan tariffs intensified ahead of the July 9 deadline.')[0]?.date).toBe(
      '2025-07-09',
    );
    expect(
      only('2025-06-05', 'The White House extended the pause on tariffs against India to the end of the month.')[0]
        ?.date,
    ).toBe('2025-06-30');
  });

  it('gives the end of that day in New York as the instant', () => {
    const [summer] = only('2025-02-10', 'The pause on tariffs against Canada runs until July 3.');
    const [winter] = only('2025-02-10', 'The pause on tariffs against Canada runs until March 3.');
    expect(summer?.at).toBe('2025-07-04T03:59:59.000Z');
    expect(winter?.at).toBe('2025-03-04T04:59:59.000Z');
  });

  it('ignores dates that do not end anything and pause words without a date', () => {
    expect(
      only(
        '2025-05-30',
        'An appellate court Thursday subsequently paused that ruling, allowing the tariffs to remain in place.',
      ),
    ).toEqual([]);
    expect(only('2025-05-30', 'They are trying to complete the deals before the 90 day pause ends.')).toEqual([]);
    expect(only('2025-05-30', 'Talks resumed on June 3 in London.')).toEqual([]);
  });
});

describe('deadline extraction: durations', () => {
  it('counts "for at least the next 90 days" from the dated talks it follows, marked approximate', () => {
    const [d] = only(
      '2025-05-30',
      'He insisted that they had said it before the May 12 talks, but China has been denying it.',
      "After the talks in Switzerland, the two countries said they would cut tariffs on each other's goods for at least the next 90 days, with the tax imposed by the U.S. on China falling to 30%.",
    );
    expect(d).toMatchObject({ id: 'us-china-tariffs', date: '2025-08-10', approximate: true });
    expect(d?.sentence).toMatch(/^After the talks in Switzerland/);
    expect(d?.article).toMatchObject({ paragraph: 2, published: '2025-05-30' });
  });

  it('counts a duration from the date of the pausing itself or a start date', () => {
    expect(only('2025-04-10', 'On April 9 the US paused the higher tariffs on Vietnam for 90 days.')[0]).toMatchObject({
      date: '2025-07-08',
      approximate: true,
    });
    expect(
      only('2025-04-10', 'The US agreed a 90-day pause of tariffs with Vietnam, starting April 10.')[0],
    ).toMatchObject({ date: '2025-07-09', approximate: true });
    expect(
      only(
        '2025-08-11',
        'Beijing will keep suspending its extra levy on US farm goods for 90 days starting August 12.',
      )[0],
    ).toMatchObject({ date: '2025-11-10', approximate: true });
  });

  it('takes the start of a duration from elsewhere in its paragraph, never from another paragraph', () => {
    expect(
      only(
        '2025-04-10',
        'The reprieve for Vietnam begins on April 10. Officials called it a 90-day pause of the higher tariffs.',
      )[0]?.date,
    ).toBe('2025-07-09');
    expect(
      only(
        '2025-04-10',
        'The reprieve for Vietnam begins on April 10.',
        'Officials called it a 90-day pause of the higher tariffs on Vietnam.',
      ),
    ).toEqual([]);
  });

  it('never counts a duration from the article date or from the day a pause was agreed', () => {
    expect(only('2025-04-10', 'The US agreed a 90-day pause of tariffs with Vietnam.')).toEqual([]);
    expect(
      only('2025-05-20', 'On May 12, Washington and Beijing committed to a 90-day suspension of most levies.'),
    ).toEqual([]);
    expect(only('2026-02-21', 'He said he would impose a new 10% global tariff on Brazil for 150 days.')).toEqual([]);
  });

  it('spells out numbers and units', () => {
    expect(
      only('2025-02-03', 'Trump agreed to pause tariffs on Mexico for thirty days from February 4.')[0]?.date,
    ).toBe('2025-03-06');
    expect(only('2025-02-03', 'Trump agreed to pause tariffs on Mexico for two weeks starting Tuesday.')[0]?.date).toBe(
      '2025-02-18',
    );
  });

  it('does not count "the 90-day pause" from the article: its start is unknown', () => {
    expect(only('2025-05-14', 'Analysts said the 90-day pause on Chinese tariffs gives both sides room.')).toEqual([]);
  });
});

describe('deadline extraction: parties and topics', () => {
  it('names the parties, not the place where they met', () => {
    const [m] = extractMentions(
      articleOf('x', '2025-05-14', [
        'At talks in Switzerland, the US and China agreed to suspend tariffs until Aug. 12.',
      ]),
    );
    expect(m?.parties).toEqual(['us', 'china']);
  });

  it('pairs a lone foreign party with the US, and separates topics', () => {
    const steel = only('2025-03-01', 'The EU suspended its retaliation over steel until April 1.');
    expect(steel.map((d) => d.id)).toEqual(['us-eu-steel']);
    expect(steel[0]?.title).toBe('US–EU steel and aluminum tariff suspension');
  });

  it('falls back to the paragraph, then the title, for parties', () => {
    const [d] = extractDeadlines([
      articleOf(
        't',
        '2025-03-01',
        ['The pause on the new tariffs runs until April 2.'],
        'Canada and the US keep talking',
      ),
    ]);
    expect(d?.id).toBe('us-canada-tariffs');
  });
});

describe('deadline extraction: extensions', () => {
  it('supersedes an earlier date with a later article, keeping the earlier one as cited history', () => {
    const earlier = articleOf('feb', '2025-02-10', ['The pause on tariffs against Canada runs until March 3.']);
    const later = articleOf('mar', '2025-03-01', [
      'The White House extended the pause on tariffs against Canada to April 2.',
    ]);
    const [d] = extractDeadlines([later, earlier]);
    expect(d).toMatchObject({ id: 'us-canada-tariffs', date: '2025-04-02' });
    expect(d?.history).toEqual([
      {
        date: '2025-03-03',
        approximate: false,
        sentence: 'The pause on tariffs against Canada runs until March 3.',
        article: expect.objectContaining({ id: 'feb', paragraph: 1 }),
      },
    ]);
  });

  it('puts the date an extension replaces ("was due to expire on") into history', () => {
    const [d] = only(
      '2025-08-11',
      'Trump signed an order extending the tariff truce with China, which was due to expire on Aug. 12, to Nov. 10.',
    );
    expect(d?.date).toBe('2025-11-10');
    expect(d?.history.map((h) => h.date)).toEqual(['2025-08-12']);
  });

  it('reads "extended from X to Y" as a move from X', () => {
    const [d] = only('2025-08-11', 'The US extended its tariff pause with China from Aug. 12 to Nov. 10.');
    expect(d).toMatchObject({ date: '2025-11-10', history: [expect.objectContaining({ date: '2025-08-12' })] });
  });

  it('counts "another 90 days" only from the end date it replaces, stated in its paragraph', () => {
    const [d] = only(
      '2025-08-11',
      'The tariff truce with China was due to expire on Aug. 12. Trump extended it for another 90 days.',
    );
    expect(d).toMatchObject({ date: '2025-11-10', approximate: true });
    expect(d?.history.map((h) => h.date)).toEqual(['2025-08-12']);
  });

  it('never adds "another 90 days" to a date from another article, or to the new end date', () => {
    const first = articleOf('a', '2025-08-11', ['The US extended the tariff truce with China to Nov. 10.']);
    const second = articleOf('b', '2025-11-04', [
      'China extended its suspension of tariffs on US goods for another 90 days.',
    ]);
    const [d] = extractDeadlines([first, second]);
    expect(d).toMatchObject({ date: '2025-11-10', approximate: false, history: [] });
    const [same] = only(
      '2025-08-12',
      'The order froze the tariff hikes on China till November 10. "I signed an order to extend the suspension for another 90 days," Trump wrote.',
    );
    expect(same).toMatchObject({ date: '2025-11-10', approximate: false, history: [] });
  });

  it('keeps a replaced date in history even when the article gives the new one first', () => {
    const [d] = extractDeadlines([
      articleOf(
        'x',
        '2025-08-12',
        [
          'The order froze the tariff hikes on China until November 10.',
          'The truce on the steeper levies had been due to expire on Tuesday.',
        ],
        'US and China extend their tariff truce',
      ),
    ]);
    expect(d).toMatchObject({ date: '2025-11-10', history: [expect.objectContaining({ date: '2025-08-12' })] });
  });

  it('does not move a deadline back when a later article restates a date it replaced', () => {
    const first = articleOf('a', '2025-08-11', [
      'The US extended the tariff truce with China from Aug. 12 to Nov. 10.',
    ]);
    const later = articleOf('b', '2025-09-01', ['The tariff truce with China had been due to end on Aug. 12.']);
    const again = articleOf('c', '2025-09-02', ['The first tariff truce with China ended on Aug. 12.']);
    const [d] = extractDeadlines([first, later, again]);
    expect(d).toMatchObject({ date: '2025-11-10', history: [expect.objectContaining({ date: '2025-08-12' })] });
  });

  it('replaces a date worked out from a duration by the same date stated, without keeping the guess', () => {
    const guess = articleOf('a', '2025-05-14', [
      'After the May 12 talks, the US and China said they would suspend most new tariffs for 90 days.',
    ]);
    const stated = articleOf('b', '2025-07-30', ['The tariff truce between the US and China ends on August 12.']);
    const [d] = extractDeadlines([guess, stated]);
    expect(d).toMatchObject({ date: '2025-08-12', approximate: false, history: [] });
  });

  it('an extension published the same day wins over a restatement of the old date', () => {
    const old = articleOf('z-old', '2025-08-11', ['The tariff truce with China ends on Aug. 12.']);
    const extended = articleOf('a-new', '2025-08-11', ['Trump extended the tariff truce with China to Nov. 10.']);
    expect(extractDeadlines([old, extended])[0]?.date).toBe('2025-11-10');
    expect(extractDeadlines([extended, old])[0]?.date).toBe('2025-11-10');
  });
});

describe('deadline extraction over a corpus', () => {
  const { articles } = loadCorpus(FIXTURES);
  const deadlines = extractDeadlines(articles);

  it('finds one deadline per pause, with its latest date and cited history', () => {
    expect(deadlines.map((d) => [d.id, d.date, d.approximate])).toEqual([
      ['us-canada-tariffs', '2025-04-02', false],
      ['us-china-tariffs', '2025-11-10', false],
      ['us-eu-tariffs', '2026-04-09', false],
      ['us-mexico-tariffs', '2026-01-05', false],
    ]);
    const china = deadlines.find((d) => d.id === 'us-china-tariffs');
    expect(china?.title).toBe('US–China tariff truce');
    // The Geneva article's date was worked out from a duration (Aug. 10): the stated Aug. 12 replaces it.
    expect(china?.history.map((h) => [h.date, h.approximate, h.article?.id])).toEqual([
      ['2025-08-12', false, '2025-08-11-us-china-truce-extended'],
    ]);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(deadlines))).toEqual(deadlines);
  });

  it('gives the same ids and dates whatever order the articles come in', () => {
    expect(extractDeadlines([...articles].reverse())).toEqual(deadlines);
  });

  it('finds the Geneva truce in the seed articles, approximate, citing the FT paragraph', () => {
    const seeds = extractDeadlines(loadCorpus('corpus').articles);
    expect(seeds).toHaveLength(1);
    expect(seeds[0]).toMatchObject({
      id: 'us-china-tariffs',
      date: '2025-08-10',
      at: '2025-08-11T03:59:59.000Z',
      approximate: true,
      article: { outlet: 'Financial Times', paragraph: 7 },
    });
  });
});

describe('deadline extraction: dated ends without a pause word', () => {
  it('takes a trade measure that lapses, expires or lasts until a stated day', () => {
    expect(only('2025-06-20', "Kenya's duty-free status under the trade programme lapses Sept. 30.")[0]).toMatchObject({
      date: '2025-09-30',
      kind: 'ends',
      approximate: false,
    });
    expect(
      only('2025-06-20', 'The duties on Vietnamese shrimp will remain in place until December 31.')[0],
    ).toMatchObject({ id: 'us-vietnam-tariffs-deadline', date: '2025-12-31' });
    expect(
      only(
        '2025-06-20',
        'A court authorised the tariffs on Chinese goods to continue until October 14 while the appeal is heard.',
      )[0],
    ).toMatchObject({ id: 'us-china-tariffs-deadline', date: '2025-10-14' });
  });

  it('takes an obligation with a date to meet, trade words or not', () => {
    expect(only('2025-07-25', 'The Chinese owner must sell the app by September 17 or face a ban.')[0]?.date).toBe(
      '2025-09-17',
    );
    expect(
      only('2025-07-25', 'The company has until December 16 to complete the divestment of its US unit.')[0]?.date,
    ).toBe('2025-12-16');
  });

  it('does not take a past change "by" a day, nor the end of a trip, as a deadline', () => {
    expect(
      only('2025-03-20', 'In February he set a 10% tariff on Chinese goods, which he raised to 20% by March 4.'),
    ).toEqual([]);
    expect(
      only('2026-02-25', 'The president will travel to China from March 31 to April 2, weeks after the tariff ruling.'),
    ).toEqual([]);
  });
});

describe('deadline extraction: replaced dates', () => {
  it('keeps a date that "had been set for" as history of the date it was pushed to', () => {
    const [d] = only('2025-07-25', 'The deadline for Japan, which had been set for July 21, was pushed to August 1.');
    expect(d).toMatchObject({ date: '2025-08-01', history: [expect.objectContaining({ date: '2025-07-21' })] });
  });

  it('puts a replaced date in the year nearest the article, not a year ahead', () => {
    const [d] = only(
      '2025-10-01',
      'The tariff truce with Mexico, which was due to expire on August 12, has been extended to November 10.',
    );
    expect(d).toMatchObject({ date: '2025-11-10', history: [expect.objectContaining({ date: '2025-08-12' })] });
  });
});

describe('deadline extraction: other trade measures and replaced plans', () => {
  it('takes the day a trade measure other than a tariff begins or starts', () => {
    const kinds = (published: string, sentence: string) => only(published, sentence).map((d) => [d.kind, d.date]);
    expect(
      kinds('2025-09-20', 'Port fees on Chinese-built ships begin October 14, the trade representative said.'),
    ).toEqual([['takes effect', '2025-10-14']]);
    expect(kinds('2025-09-20', 'Beijing said the export controls on rare earths start on November 8.')).toEqual([
      ['takes effect', '2025-11-08'],
    ]);
    expect(kinds('2025-09-20', 'The measures will be implemented from November 10.')).toEqual([
      ['takes effect', '2025-11-10'],
    ]);
  });

  it('keeps a date a plan was "previously scheduled for"', () => {
    const dates = only(
      '2025-11-10',
      'Mexico tariffs, previously scheduled for November 1, were delayed by a few weeks.',
    ).flatMap((d) => [d.date, ...d.history.map((h) => h.date)]);
    expect(dates).toContain('2025-11-01');
  });
});

describe('deadline extraction: the year of a date told in the past tense', () => {
  it('puts an end told in the past ("were paused until", "lasted until") in the nearest year, not the next', () => {
    expect(only('2025-10-15', 'In April the tariffs on Japan were paused until July 9.')[0]?.date).toBe('2025-07-09');
    expect(only('2025-10-15', 'The pause on tariffs against China lasted until August 12.')[0]?.date).toBe(
      '2025-08-12',
    );
    expect(only('2025-10-15', 'The tariff truce with China expires on November 10.')[0]?.date).toBe('2025-11-10');
  });
});

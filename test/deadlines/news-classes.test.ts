import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { articleOf } from './articles.ts';

/**
 * Ways news states a deadline, one class of wording at a time, in sentences written for these
 * tests. Each article is one story; `dates` lists every date its deadlines show, current and
 * earlier, so a date no sentence states shows up as a failure.
 */
const deadlines = (published: string, ...paragraphs: string[]) =>
  extractDeadlines([articleOf(`a-${published}`, published, paragraphs)]);
const dates = (published: string, ...paragraphs: string[]) =>
  [...new Set(deadlines(published, ...paragraphs).flatMap((d) => [d.date, ...d.history.map((h) => h.date)]))].sort();

// 2025-07-01 is a Tuesday, 2025-07-07 a Monday.
const TUESDAY = '2025-07-01';

describe('a weekday with a clock time', () => {
  it('lies ahead for an end or a start, as a bare weekday does', () => {
    expect(dates(TUESDAY, 'The pause on the tariffs expires at midnight on Sunday.')).toEqual(['2025-07-06']);
    expect(dates(TUESDAY, 'The levies take effect at 12:01 a.m. EDT on Friday.')).toEqual(['2025-07-04']);
    expect(dates(TUESDAY, 'The duties take effect at 00:01 GMT on Wednesday.')).toEqual(['2025-07-02']);
    expect(dates(TUESDAY, 'The deadline for a deal on tariffs passes at midnight on Friday.')).toEqual(['2025-07-04']);
  });
});

describe('a plan told in the past', () => {
  it('reads "was due to" and "was set to" with a weekday as the coming one', () => {
    expect(dates('2025-07-07', 'The tariff pause was due to expire on Saturday, but talks will go on.')).toEqual([
      '2025-07-12',
    ]);
    expect(dates('2025-07-06', 'The truce on tariffs was set to lapse on Saturday.')).toEqual(['2025-07-12']);
    expect(
      dates('2025-07-03', 'The truce, which was due to expire on Saturday, has been extended by 90 days.'),
    ).toEqual(['2025-07-05', '2025-10-03']);
  });

  it('leaves a past perfect to the nearest such day', () => {
    expect(dates('2025-07-07', 'The tariff truce had been due to expire on Saturday.')).toEqual(['2025-07-05']);
  });
});

describe('a count of days is no date unless the day it counts from is stated', () => {
  it('gives nothing for a count from the moment of speaking', () => {
    expect(deadlines(TUESDAY, 'The sanctions will come into force in 30 days.')).toEqual([]);
    expect(deadlines(TUESDAY, 'The tariffs will take effect 15 days after the order is signed.')).toEqual([]);
  });

  it('counts from a stated day, approximately', () => {
    for (const sentence of [
      'The pause on tariffs ends 90 days after it began on April 9.',
      'The 90-day clock on the tariff pause started on April 9.',
    ])
      expect(deadlines(TUESDAY, sentence).map((d) => [d.date, d.approximate])).toEqual([['2025-07-08', true]]);
    expect(deadlines(TUESDAY, 'The tariff truce lasts 90 days from May 14.').map((d) => [d.kind, d.date])).toEqual([
      ['ends', '2025-08-12'],
    ]);
    expect(dates(TUESDAY, 'The truce on tariffs ends two weeks from today.')).toEqual(['2025-07-15']);
  });
});

describe('a date, then what happens on it', () => {
  it('takes the end or the start a clause after the date names', () => {
    expect(dates(TUESDAY, 'Time runs out for India on Friday, when the pause on the higher tariffs ends.')).toEqual([
      '2025-07-04',
    ]);
    for (const sentence of [
      'Trump wants a deal before Aug. 1, when the higher tariffs kick in.',
      'Aug. 1 is the date the new tariffs kick in.',
      'Aug. 1 is the day the new tariffs on Japan take effect.',
    ])
      expect(deadlines(TUESDAY, sentence).map((d) => [d.kind, d.date])).toEqual([['takes effect', '2025-08-01']]);
  });

  it('reads a deadline named beside its date, or owned by its day', () => {
    for (const sentence of [
      'Trump’s self-imposed deadline, July 9, is fast approaching.',
      'The tariff deadline — July 9 — is fast approaching.',
      'The expiry date of the tariff truce is July 9.',
    ])
      expect(dates(TUESDAY, sentence)).toEqual(['2025-07-09']);
    expect(dates(TUESDAY, 'Negotiators are racing to meet Friday’s tariff deadline.')).toEqual(['2025-07-04']);
  });

  it('reads the end of a named year and "on or before"', () => {
    expect(dates(TUESDAY, 'The levy is set to expire at the end of 2026.')).toEqual(['2026-12-31']);
    expect(dates(TUESDAY, 'Countries must reach a trade deal on or before Aug. 1.')).toEqual(['2025-08-01']);
  });
});

describe('a tariff change on a schedule', () => {
  it('reads the present tense and plan words with the tariff as subject', () => {
    for (const sentence of [
      'Tariffs on EU goods rise to 30% on Aug. 1 unless a deal is struck.',
      'The 50% tariffs on Brazil are scheduled for Aug. 1.',
      'The US will lift the extra tariffs on Chinese goods on Aug. 1.',
    ])
      expect(deadlines(TUESDAY, sentence).map((d) => [d.kind, d.date])).toEqual([['takes effect', '2025-08-01']]);
  });

  it('does not read a possibility, another subject or a market move', () => {
    for (const sentence of [
      'The talks on tariffs are scheduled for Thursday.',
      'Stocks rise on Friday as tariffs bite.',
      'Tariffs could rise on Aug. 1 if talks fail.',
      'Tariff revenue rose on Monday, data showed.',
    ])
      expect(deadlines(TUESDAY, sentence)).toEqual([]);
  });

  it('keeps the replaced plan as an earlier date', () => {
    const [hike] = deadlines(
      '2025-02-10',
      'The tariff hike, originally planned for March 1, will now take effect on April 1.',
    );
    expect([hike?.date, hike?.history.map((h) => h.date)]).toEqual(['2025-04-01', ['2025-03-01']]);
  });
});

describe('a target date for a deal', () => {
  it('is a deadline', () => {
    for (const [sentence, date] of [
      ['The two sides aim to conclude a trade deal by Sept. 1.', '2025-09-01'],
      ['The leaders set a target of concluding the trade negotiations by Oct. 31.', '2025-10-31'],
      ['London and Washington are aiming to seal a trade agreement by the end of October.', '2025-10-31'],
    ] as const)
      expect(deadlines(TUESDAY, sentence).map((d) => [d.title.endsWith('deadline'), d.date])).toEqual([[true, date]]);
  });

  it('needs a date and a deal', () => {
    expect(deadlines(TUESDAY, 'The two sides hope to conclude a trade deal soon.')).toEqual([]);
    expect(
      deadlines(TUESDAY, 'The tariffs target Chinese goods worth $300 billion, officials said on Monday.'),
    ).toEqual([]);
  });
});

describe('the end of a programme or of duty-free treatment', () => {
  it('is the day the treatment ends, closes or stops, however it is put', () => {
    for (const sentence of [
      'Duty-free de minimis access for Chinese parcels ends May 2.',
      'The de minimis exemption for China and Hong Kong is set to close on May 2.',
      'Washington will stop granting de minimis treatment to parcels from China on May 2.',
      'Tariff-free treatment for small packages expires on May 2.',
      'Shipments valued at $800 or less will lose duty-free status starting May 2.',
    ])
      expect(dates('2025-04-10', sentence)).toEqual(['2025-05-02']);
    expect(dates('2025-04-10', 'Duty-free treatment under the African trade program ends Sept. 30.')).toEqual([
      '2025-09-30',
    ]);
  });
});

describe('a target replaced, and a date something is due by', () => {
  it('keeps a target told in the past perfect as the earlier date', () => {
    const [target] = deadlines(
      '2025-04-10',
      'The two sides had aimed to conclude a trade deal by July 9, but now hope to finish by Aug. 1.',
    );
    expect([target?.date, target?.history.map((h) => h.date)]).toEqual(['2025-08-01', ['2025-07-09']]);
  });

  it('reads "due by" as a deadline and a return of tariffs in the present as their start', () => {
    expect(dates('2025-04-10', 'Tariff refund claims are due by April 30.')).toEqual(['2025-04-30']);
    expect(deadlines('2025-04-10', 'Tariffs go back up on May 27 if no deal is reached.').map((d) => d.kind)).toEqual([
      'takes effect',
    ]);
  });
});

describe('a tariff start told by what happened at that moment', () => {
  // 2025-02-04 is a Tuesday.
  it('is the article’s day for "minutes after" and "overnight" in a sentence with no other date', () => {
    for (const sentence of [
      'Beijing announced its countermeasures just minutes after the US tariffs took effect.',
      'The announcement came minutes after the 10% US tariffs on Chinese goods were to take effect.',
      'China struck back hours after Washington’s new duties kicked in.',
      'The new tariffs on Chinese goods took effect overnight.',
    ])
      expect(deadlines('2025-02-04', sentence).map((d) => [d.kind, d.date])).toEqual([['takes effect', '2025-02-04']]);
  });

  it('is the day of the clause it goes with', () => {
    expect(
      dates('2025-02-06', 'Markets in Asia fell on Tuesday as the US tariffs on Chinese goods took effect.'),
    ).toEqual(['2025-02-04']);
  });

  it('is nothing when the sentence dates it otherwise, or the time between is long', () => {
    for (const sentence of [
      'Prices rose when the tariffs took effect in March.',
      'Prices rose sharply as the tariffs took effect last week.',
      'The tariffs took effect months after Trump first announced them.',
      'Exports slumped in the weeks after the tariffs took effect.',
    ])
      expect(deadlines('2025-02-04', sentence)).toEqual([]);
  });
});

describe('an end told as "this week" or "next week"', () => {
  // 2025-10-27 is a Monday.
  it('takes the one day in that week the article states about the tariffs, in a quotation too', () => {
    expect(
      dates(
        '2025-10-27',
        'The pause on the higher tariffs is set to end this week.',
        '“We will not accept new tariffs on Nov. 1,” the minister said.',
      ),
    ).toEqual(['2025-11-01']);
    expect(
      dates(
        '2025-10-27',
        'The truce on tariffs runs out next week.',
        'Officials said the tariffs on Mexican goods would rise on Nov. 7 without a deal.',
      ),
    ).toEqual(['2025-11-07']);
  });

  it('takes none when the week holds two such days, only a day something was said, or none', () => {
    for (const second of [
      'Officials will meet on Wednesday to discuss the tariffs. Tariffs could rise on Nov. 1.',
      'The president said on Monday that the tariffs would stay.',
      'Tariffs on steel rose on Oct. 1.',
    ])
      expect(deadlines('2025-10-27', 'The pause on the higher tariffs is set to end this week.', second)).toEqual([]);
  });
});

describe('a day something was reported', () => {
  it('is never the end of the pause the sentence is about', () => {
    expect(
      dates(
        '2025-08-12',
        'The president extended the tariff deadline for another 90 days, the agency reported on Monday.',
      ),
    ).toEqual([]);
  });

  it('leaves a stated end in the paragraph to count an extension from', () => {
    expect(
      dates(
        '2025-08-12',
        'The president extended the tariff deadline for another 90 days, the agency reported on Monday. The truce had been set to expire on August 12.',
      ),
    ).toEqual(['2025-08-12', '2025-11-10']);
  });
});

describe('a tariff taking effect, told with an -ing form or a restated count of days', () => {
  it('reads "entering into force", "coming into effect" and "kicking in" before a day', () => {
    for (const sentence of [
      'The second levy comes on top of a 25 per cent duty entering into force on Friday.',
      'Exporters face a 15% tariff coming into effect on Friday.',
      'The duties, kicking in on Friday, cover cars and parts.',
    ])
      expect(deadlines(TUESDAY, sentence).map((d) => [d.kind, d.date])).toEqual([['takes effect', '2025-07-04']]);
  });

  it('takes the day that restates a count ("after 21 days, i.e., July 22")', () => {
    for (const sentence of [
      'The order imposing the tariff will be applicable after 21 days, i.e., July 22.',
      'The new tariffs take effect in three weeks, that is on July 22.',
    ])
      expect(deadlines(TUESDAY, sentence).map((d) => [d.kind, d.date])).toEqual([['takes effect', '2025-07-22']]);
    expect(deadlines(TUESDAY, 'The talks ended after 21 days, i.e., on June 30.')).toEqual([]);
  });
});

describe('a rate that applies retroactively', () => {
  it('takes the day it applies from, on either side of the article', () => {
    const effect = (...paragraphs: string[]) => deadlines(TUESDAY, ...paragraphs).map((d) => [d.kind, d.date]);
    expect(effect('The order lowers the tariff on cars to 15%. The relief is retroactive to June 20.')).toEqual([
      ['takes effect', '2025-06-20'],
    ]);
    expect(effect('The lower 15% rate on trucks is expected to be retroactive to July 10.')).toEqual([
      ['takes effect', '2025-07-10'],
    ]);
  });
});

describe('an import tax, as AP calls a tariff', () => {
  it('starts on the day the sentence gives', () => {
    expect(
      deadlines(TUESDAY, 'The president said that starting August 1 he will impose a 40% import tax on furniture.').map(
        (d) => [d.kind, d.date],
      ),
    ).toEqual([['takes effect', '2025-08-01']]);
  });
});

describe('the same date in several articles', () => {
  it('is one deadline citing the first article, with the later ones that state it', () => {
    const [deadline, ...others] = extractDeadlines([
      articleOf('first', '2025-07-01', ['The tariff pause between the US and Japan ends on July 9.']),
      articleOf('second', '2025-07-03', ['The pause on US tariffs on Japanese goods expires on July 9.']),
      articleOf('third', '2025-07-05', ['The US pause on tariffs for Japan was set to run out on July 9.']),
      articleOf('fourth', '2025-07-06', ['The tariff pause for Japan runs for 90 days from April 10.']),
    ]);
    expect(others).toEqual([]);
    expect(deadline?.article?.id).toBe('first');
    expect(deadline?.date).toBe('2025-07-09');
    // A date worked out from a duration corroborates nothing.
    expect(deadline?.alsoIn?.map((a) => a.id)).toEqual(['second', 'third']);
  });
});

describe('the day a tariff was to start, told beside its change', () => {
  it('keeps the day an extension replaces, told in a clause ("which were set to take effect on Friday")', () => {
    expect(
      dates(
        TUESDAY,
        'Washington granted a 60-day extension on new duties on Peruvian goods, which were set to take effect on Friday.',
      ),
    ).toContain('2025-07-04');
  });

  it('keeps "the originally scheduled date of" beside the new start', () => {
    expect(
      dates(
        TUESDAY,
        'The 15% tariff on Peruvian goods will start on July 20, a week later than the originally scheduled date of July 13.',
      ),
    ).toEqual(['2025-07-13', '2025-07-20']);
  });
});

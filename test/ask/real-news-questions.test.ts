import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus, askFirst } from '../helpers/ask.ts';

/**
 * Question classes `/ask` missed on the tenth (ask lane) real-news set, asked through the console as
 * a user asks, of articles we wrote (the first paragraph is a neutral lead: every passage also
 * scores for its article's lead).
 */
describe('/ask on the kind of amount a question asks for', () => {
  it('answers "what tariff" with a percentage, not a sum of money in the same story', async () => {
    const first = await askFirst(
      [
        'Peruvian goods face a new era under the deal, and Peru will invest $200 billion.',
        'Under the deal, the United States will impose a 15% tariff on goods from Peru, officials in Lima and Washington said after the talks.',
      ],
      'What tariff will Peruvian goods face under the deal?',
    );
    expect(first).toContain('15% tariff');
  });

  it('reads "what is the Section 232 tariff on …" as asking for a rate, the phrase before "tariff" longer than three words', async () => {
    const first = await askFirst(
      [
        'Goods subject to both the Section 232 tariff on copper and the Section 232 tariffs on cars pay only the tariff on cars, and copper wire pays the copper tariff.',
        'Section 232 tariffs on copper take effect in May: the tariff on copper will be 10%, the proclamation says.',
      ],
      'What is the Section 232 tariff on copper?',
    );
    expect(first).toContain('will be 10%');
  });

  it('still answers "how much" with a sum of money', async () => {
    const first = await askFirst(
      [
        'Peru will face a 15% tariff under the deal.',
        'Peru will invest $200 billion in American factories under the deal.',
      ],
      'How much will Peru invest under the deal?',
    );
    expect(first).toContain('$200 billion');
  });
});

describe('/ask on a question’s light verbs', () => {
  it('does not take a passage’s "get" for the "get" of "what tariff does Peru get"', async () => {
    const first = await askFirst(
      [
        'Peruvian exporters get most of their orders from Europe, and the tariff changed little for Peru, they said.',
        'Washington set the levy on Peruvian goods at 15%.',
      ],
      'What tariff does Peru get?',
    );
    expect(first).toContain('at 15%');
  });
});

describe('/ask on the partner a question names', () => {
  it('prefers the story of the country named to another story sharing more of the question’s words', async () => {
    const corpus = newCorpus('ask-real-news-');
    writeArticle(corpus, '2026-08-20-chile', 'Santiago weighs its copper orders', '2026-08-20', [
      'Chilean miners met buyers in Santiago this week.',
      'In early August, Washington raised the levy on imports from dozens of economies, officials said.',
    ]);
    writeArticle(corpus, '2026-08-21-peru', 'Lima counts the cost', '2026-08-21', [
      'Peruvian exporters met in Lima this week.',
      'The United States had raised the tariff on Peruvian goods to 30% last month.',
    ]);
    const [first] = await askCorpus(corpus, 'What levy had Washington raised Peruvian imports to in early August?');
    expect(first).toContain('Peruvian goods to 30%');
  });
});

describe('/ask on what a page copies beside the story', () => {
  it('puts a photo caption, which names the story’s people, below the paragraph that answers', async () => {
    const first = await askFirst(
      [
        'File photo: US President Donald Trump and Peruvian President Ana Ruiz (Picture credit: AP)',
        'President Ana Ruiz of Peru said the extension avoided a tariff increase and gave both sides 90 days to build a long-term agreement through dialogue.',
      ],
      'what did Ruiz say about the delay?',
    );
    expect(first).toContain('gave both sides 90 days');
  });

  it('puts a caption credited to an agency after a slash or a bar below the paragraph that answers', async () => {
    for (const caption of [
      'Officials say Peruvian coffee could gain from the new trade framework. / AP',
      'Officials say Peruvian coffee could gain from the new trade framework | Reuters',
      'Officials say Peruvian coffee could gain from the new trade framework. REUTERS/Ana Ruiz',
    ]) {
      const first = await askFirst(
        [caption, 'Under the revised terms, Peru’s tariff rate will remain at 15 percent.'],
        'How much is the US tariff on Peru now under the new trade framework?',
      );
      expect(first).toContain('remain at 15 percent');
    }
  });

  it('still reads a poll credited to two agencies as a paragraph, not a caption', async () => {
    const first = await askFirst(
      [
        'A Reuters/Ipsos poll found most Peruvians back the new trade framework and its 15% tariff rate.',
        'Peru sells copper abroad.',
      ],
      'What did the Reuters/Ipsos poll find about the trade framework?',
    );
    expect(first).toContain('Reuters/Ipsos poll');
  });

  it('still reads "The big picture:" as the opening of a paragraph, not a caption', async () => {
    const first = await askFirst(
      ['The big picture: Peru will face a 15% tariff on copper from May.', 'Peru sells copper and gold abroad.'],
      'what tariff will Peru face on copper?',
    );
    expect(first).toContain('The big picture');
  });
});

/** Question classes `/ask` missed on the twenty-fifth (ask lane) real-news set, of articles we wrote. */
describe('/ask on a user’s phrases of the present', () => {
  it('does not look for the "right" of "right now" or the "far" of "so far"', async () => {
    const paragraphs = [
      'Far from Lima, miners in Peru won the right to fight the copper levy.',
      'Peru’s copper levy went up to protect smelters, the ministry said.',
    ];
    expect(await askFirst(paragraphs, 'why is the peru copper levy up right now')).toContain('protect smelters');
    expect(await askFirst(paragraphs, 'why is the peru copper levy up so far')).toContain('protect smelters');
  });
});

describe('/ask on a user’s idioms for a reversal', () => {
  it('finds the news’s "reversal" for "back down" and "change his mind"', async () => {
    const paragraphs = [
      'The minister defended the copper levy on Monday.',
      'The minister’s sudden reversal on the copper levy came within a day.',
    ];
    expect(await askFirst(paragraphs, 'how fast did the minister back down on the copper levy')).toContain('reversal');
    expect(await askFirst(paragraphs, 'when did the minister change his mind on the copper levy')).toContain(
      'reversal',
    );
  });
});

describe('/ask on a user’s "kill them for good"', () => {
  it('finds the paragraph where a court nullified a measure permanently', async () => {
    const first = await askFirst(
      [
        'The court heard that the copper levy was good for miners.',
        'The court nullified the copper levy and barred it permanently.',
      ],
      'did the court kill the copper levy for good',
    );
    expect(first).toContain('nullified');
  });
});

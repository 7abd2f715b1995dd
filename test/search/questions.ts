/**
 * Questions about the two seed articles, each with the passages that answer it (article outlet and
 * paragraph). `paraphrase` marks questions asked in other words than the article's.
 */
export interface SeedQuestion {
  question: string;
  answers: { outlet: 'Financial Times' | 'CNBC'; paragraph: number }[];
  paraphrase?: boolean;
}

export const SEED_QUESTIONS: SeedQuestion[] = [
  {
    question: 'why are the talks with China stalled?',
    answers: [
      { outlet: 'CNBC', paragraph: 1 },
      { outlet: 'CNBC', paragraph: 2 },
      { outlet: 'Financial Times', paragraph: 1 },
    ],
  },
  {
    question: 'Does Bessent think Trump and Xi need to speak directly?',
    answers: [
      { outlet: 'Financial Times', paragraph: 4 },
      { outlet: 'CNBC', paragraph: 4 },
      { outlet: 'CNBC', paragraph: 1 },
      { outlet: 'Financial Times', paragraph: 1 },
    ],
    paraphrase: true,
  },
  {
    question: 'What did the Chinese foreign ministry say about Bessent?',
    answers: [{ outlet: 'Financial Times', paragraph: 5 }],
  },
  { question: 'How high had the tit-for-tat tariffs climbed?', answers: [{ outlet: 'Financial Times', paragraph: 2 }] },
  {
    question: 'what rate does the US now charge on Chinese goods after Geneva',
    answers: [{ outlet: 'Financial Times', paragraph: 7 }],
    paraphrase: true,
  },
  {
    question: 'How long do the reduced levies last?',
    answers: [{ outlet: 'Financial Times', paragraph: 7 }],
    paraphrase: true,
  },
  { question: 'Did China agree to drop non-tariff measures?', answers: [{ outlet: 'Financial Times', paragraph: 8 }] },
  {
    question: 'What consultation mechanism did the two sides set up?',
    answers: [
      { outlet: 'Financial Times', paragraph: 9 },
      { outlet: 'Financial Times', paragraph: 10 },
    ],
  },
  {
    question: 'Where will future consultations be held?',
    answers: [{ outlet: 'Financial Times', paragraph: 10 }],
    paraphrase: true,
  },
  {
    question: 'What new curbs did Washington put on Chinese firms using American technology?',
    answers: [
      { outlet: 'Financial Times', paragraph: 11 },
      { outlet: 'Financial Times', paragraph: 12 },
      { outlet: 'Financial Times', paragraph: 13 },
    ],
  },
  {
    question: 'Could using Huawei AI chips lead to criminal penalties?',
    answers: [{ outlet: 'Financial Times', paragraph: 12 }],
  },
  {
    question: 'Which chip design software sales were stopped?',
    answers: [{ outlet: 'Financial Times', paragraph: 13 }],
    paraphrase: true,
  },
  {
    question: 'Should China prepare for a long confrontation with the United States?',
    answers: [{ outlet: 'Financial Times', paragraph: 14 }],
  },
  { question: 'Which country is Bessent meeting on Friday?', answers: [{ outlet: 'CNBC', paragraph: 5 }] },
  {
    question: 'Are other trade deals close to being signed?',
    answers: [{ outlet: 'CNBC', paragraph: 5 }],
    paraphrase: true,
  },
  {
    question: 'What did the trade court decide about the reciprocal tariffs?',
    answers: [{ outlet: 'CNBC', paragraph: 6 }],
  },
  {
    question: 'Were the tariffs ruled illegal by a judge?',
    answers: [{ outlet: 'CNBC', paragraph: 6 }],
    paraphrase: true,
  },
  {
    question: 'Have the court rulings changed how trading partners negotiate?',
    answers: [
      { outlet: 'CNBC', paragraph: 7 },
      { outlet: 'CNBC', paragraph: 8 },
    ],
  },
  {
    question: 'Are partners trying to finish deals before the 90 day pause ends?',
    answers: [{ outlet: 'CNBC', paragraph: 8 }],
  },
  { question: 'When did Bessent travel to Switzerland for talks?', answers: [{ outlet: 'CNBC', paragraph: 3 }] },
  {
    question: 'Which leaders must get involved given how complex the negotiations are?',
    answers: [
      { outlet: 'CNBC', paragraph: 4 },
      { outlet: 'Financial Times', paragraph: 4 },
    ],
    paraphrase: true,
  },
  {
    question: 'Has Trump claimed he spoke with Xi before the May 12 talks?',
    answers: [{ outlet: 'Financial Times', paragraph: 6 }],
  },
  {
    question: 'What is Beijing’s levy on American products now?',
    answers: [{ outlet: 'Financial Times', paragraph: 7 }],
    paraphrase: true,
  },
  {
    question: 'How much did America cut its duty on Chinese imports?',
    answers: [{ outlet: 'Financial Times', paragraph: 7 }],
    paraphrase: true,
  },
  {
    question: 'Is the U.S.-Beijing dialogue deadlocked?',
    answers: [
      { outlet: 'CNBC', paragraph: 1 },
      { outlet: 'CNBC', paragraph: 2 },
      { outlet: 'Financial Times', paragraph: 1 },
    ],
    paraphrase: true,
  },
  {
    question: 'Did Washington warn about Huawei semiconductors?',
    answers: [{ outlet: 'Financial Times', paragraph: 12 }],
    paraphrase: true,
  },
  {
    question: 'Were American firms told to stop selling chip tools to Chinese groups?',
    answers: [{ outlet: 'Financial Times', paragraph: 13 }],
    paraphrase: true,
  },
  {
    question: 'Which levies did the judges strike down?',
    answers: [{ outlet: 'CNBC', paragraph: 6 }],
    paraphrase: true,
  },
  {
    question: 'What did Beijing’s Commerce Department announce after the negotiations?',
    answers: [{ outlet: 'Financial Times', paragraph: 9 }],
    paraphrase: true,
  },
  {
    question: 'Has the armistice in Geneva led anywhere?',
    answers: [
      { outlet: 'Financial Times', paragraph: 2 },
      { outlet: 'CNBC', paragraph: 3 },
    ],
    paraphrase: true,
  },
];

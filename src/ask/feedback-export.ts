/**
 * The votes on `/ask` answers as labelled questions, in the development set's question format
 * (`{file, q, expect}`, see the real-news development set's README), so real use grows the evaluation set.
 */
import type { VotedAnswer } from '../store/ask-feedback.ts';

/** The development set's `expect`: 6–12 consecutive words of the answering paragraph. */
const EXPECT_WORDS = 12;

export interface FeedbackQuestion {
  /** The article of the paragraph that answered (its corpus id). */
  file: string;
  q: string;
  expect: string;
  style: 'feedback';
  up: number;
  down: number;
}

export interface FeedbackExport {
  /** Answers voted up more than down: the first passage shown is taken as the answer. */
  questions: FeedbackQuestion[];
  /** Answers voted down at least as often as up: the question, and what was shown, for a person to label. */
  toLabel: { q: string; shown: string[]; answer?: string; up: number; down: number }[];
}

export function feedbackExport(voted: readonly VotedAnswer[]): FeedbackExport {
  const out: FeedbackExport = { questions: [], toLabel: [] };
  for (const a of voted) {
    const first = a.passages[0];
    if (a.up > a.down && first) {
      const expect = first.text.split(/\s+/).filter(Boolean).slice(0, EXPECT_WORDS).join(' ');
      out.questions.push({ file: first.articleId, q: a.question, expect, style: 'feedback', up: a.up, down: a.down });
    } else {
      out.toLabel.push({
        q: a.question,
        shown: a.passages.map((p) => p.id),
        ...(a.answer ? { answer: a.answer } : {}),
        up: a.up,
        down: a.down,
      });
    }
  }
  return out;
}

import { returned, type Sql } from './sql.ts';

/** A passage as `/ask` showed it: enough to label it later without the corpus. */
export interface ShownPassage {
  /** `${articleId}#${paragraph}`. */
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
}

export interface ShownAnswer {
  question: string;
  answer?: string;
  passages: ShownPassage[];
  guildId: string;
  channelId: string;
  askedBy: string;
  /** Unix ms. */
  askedAt: number;
}

export type Vote = 'up' | 'down';

/** What a vote did: a first vote, the same vote again, or a change of mind. */
export type VoteOutcome = 'recorded' | 'unchanged' | 'changed' | 'unknown answer';

export interface VotedAnswer extends ShownAnswer {
  id: number;
  up: number;
  down: number;
}

export interface AskFeedbackStore {
  /** Saves an answer as shown; its id goes into the vote buttons. */
  saveShown(answer: ShownAnswer): Promise<number>;
  /** One vote per user and answer: a second press of the same button changes nothing, the other one changes it. */
  vote(answerId: number, userId: string, vote: Vote, at: number): Promise<VoteOutcome>;
  /** Every answer with at least one vote, oldest first, with its counts. */
  voted(): Promise<VotedAnswer[]>;
}

interface AnswerRow {
  id: number;
  question: string;
  answer: string | null;
  passages: string;
  guild_id: string;
  channel_id: string;
  asked_by: string;
  asked_at: number;
  up: number;
  down: number;
}

export function askFeedbackStore(sql: Sql): AskFeedbackStore {
  return {
    saveShown: async (a) =>
      (
        await returned<{ id: number }>(
          sql,
          'INSERT INTO ask_answers (question, answer, passages, guild_id, channel_id, asked_by, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
          [a.question, a.answer ?? null, JSON.stringify(a.passages), a.guildId, a.channelId, a.askedBy, a.askedAt],
        )
      ).id,
    vote: (answerId, userId, vote, at) =>
      sql.transaction(async (): Promise<VoteOutcome> => {
        if (!(await sql.get('SELECT 1 AS one FROM ask_answers WHERE id = ?', [answerId]))) return 'unknown answer';
        const before = (
          await sql.get<{ vote: Vote }>('SELECT vote FROM ask_votes WHERE answer_id = ? AND user_id = ?', [
            answerId,
            userId,
          ])
        )?.vote;
        if (before === vote) return 'unchanged';
        await sql.run(
          `INSERT INTO ask_votes (answer_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
          [answerId, userId, vote, at],
        );
        return before ? 'changed' : 'recorded';
      }),
    voted: async () =>
      (
        await sql.all<AnswerRow>(
          `SELECT a.*, CAST(SUM(CASE WHEN v.vote = 'up' THEN 1 ELSE 0 END) AS INTEGER) AS up,
             CAST(SUM(CASE WHEN v.vote = 'down' THEN 1 ELSE 0 END) AS INTEGER) AS down
           FROM ask_answers a JOIN ask_votes v ON v.answer_id = a.id GROUP BY a.id ORDER BY a.asked_at, a.id`,
        )
      ).map((r) => ({
        id: r.id,
        question: r.question,
        ...(r.answer !== null ? { answer: r.answer } : {}),
        passages: JSON.parse(r.passages) as ShownPassage[],
        guildId: r.guild_id,
        channelId: r.channel_id,
        askedBy: r.asked_by,
        askedAt: r.asked_at,
        up: r.up,
        down: r.down,
      })),
  };
}

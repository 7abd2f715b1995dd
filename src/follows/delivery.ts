import type { ArticleRef } from '../corpus/article.ts';
import type { FollowRow } from '../store/follows.ts';
import type { ChangeFact } from './changes.ts';

/** A sentence of an article an alert cites. */
export interface CitedSource {
  article: ArticleRef;
  paragraph: number;
  sentence: string;
}

/** What an alert says, stored with it (JSON) so that a later source re-renders it whole. */
export type AlertData =
  | { kind: 'change'; country: string; fact: ChangeFact; sources: CitedSource[] }
  | {
      kind: 'article';
      article: ArticleRef;
      paragraph: number;
      passage: string;
      /** The followed speaker's quotation. */
      quote?: { speaker: string; text: string; paragraph: number };
    };

/** An embed as the front ends render it (the shape of `render/reply.ts`'s `ReplyEmbed`). */
export interface PostEmbed {
  title?: string;
  url?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: string;
}

/** One message of a follow: a channel post, or a forum post titled `title`. */
export interface FollowMessage {
  title: string;
  content?: string;
  embeds: PostEmbed[];
  /** The roles this message may ping (the `mention:` of its follows); nothing else ever pings. */
  mentionRoles: string[];
}

/** The texts of the posts: the front ends' wording, handed to the watcher (as reminders' are). */
export interface FollowPosts {
  alert(data: AlertData, follow: FollowRow): FollowMessage;
  /** Alerts folded together once a channel had its 5 in 10 minutes. */
  digest(items: { data: AlertData; follow: FollowRow }[]): FollowMessage;
}

/** Where a posted message is (a forum post is a thread, whose first message has the thread's id). */
export interface PostedAt {
  channelId: string;
  messageId: string;
}

/**
 * What became of one try, as for reminders (see `reminders/delivery.ts`); `dropped`: this message
 * cannot go out (the alert an edit was for was deleted), but the follow is fine.
 */
export type FollowOutcome =
  { sent: PostedAt } | { dropped: string } | { permanent: string } | { transient: string; retryAfterMs?: number };

/** The transport's half: post a message (the nonce the same on every try), or edit one posted before. */
export interface FollowDeliver {
  post(target: { guildId: string; channelId: string }, message: FollowMessage, nonce: string): Promise<FollowOutcome>;
  edit(at: PostedAt, message: FollowMessage): Promise<FollowOutcome>;
}

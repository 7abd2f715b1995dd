import type { Deadline } from '../deadlines/deadline.ts';
import type { DeadlineTiming } from '../store/reminder-table.ts';

/** Where a message goes. */
export interface DeliveryTarget {
  reminderId: number;
  guildId: string;
  channelId: string;
}

/**
 * What became of one try:
 * - `'sent'`: posted (or Discord answered with the message this nonce already posted);
 * - `permanent`: it will never work (404 Unknown Channel, 403 Missing Access/Permissions): the
 *   reminder is disabled with this reason, which `/remind list` shows;
 * - `transient`: try again later (5xx, network, 429), after at least `retryAfterMs` if given.
 */
export type DeliveryOutcome = 'sent' | { permanent: string } | { transient: string; retryAfterMs?: number };

/** The transport's half of the scheduler: post `message` to the target channel. */
export type Deliver = (target: DeliveryTarget, message: OutgoingMessage) => Promise<DeliveryOutcome>;

/** What a channel post is made of; the nonce is the same on every try of the same message. */
export interface OutgoingMessage {
  kind: 'reminder' | 'moved';
  nonce: string;
  content: string;
  late: boolean;
}

/**
 * The texts of the posts, fixed when a message is queued. The scheduler is told them (see
 * `render/reminder-posts.ts`) rather than importing them: wording is the front ends' layer.
 */
export interface ReminderPosts {
  reminder(deadline: Deadline, reminderId: number, beforeSeconds: number, late?: { dueAt: number }): string;
  moved(deadline: Deadline, before: DeadlineTiming, reminderId: number): string;
}

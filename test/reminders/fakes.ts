import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/log/logger.ts';
import { discordMessageBody } from '../../src/discord/reminder-delivery.ts';
import type { Deliver, DeliveryOutcome, DeliveryTarget, OutgoingMessage } from '../../src/reminders/delivery.ts';

export interface PostedMessage {
  channelId: string;
  body: ReturnType<typeof discordMessageBody>;
  /** When Discord received it (the fake's clock; 0 without one). */
  at: number;
}

/** How long Discord remembers a nonce, by the test's clock: a post after that creates a second message. */
export interface NonceMemory {
  now: () => Date;
  forMs: number;
}

/**
 * Discord's `POST /channels/{id}/messages` as the scheduler meets it: deleted channels (404),
 * channels without Send Messages (403), outages (5xx), and `enforce_nonce`: a second post with the
 * same nonce returns the first message instead of creating another (for a while only, when
 * given a `NonceMemory`: Discord forgets nonces after a few minutes).
 */
export class FakeChannels {
  /** Every request, duplicates included. */
  readonly requests: PostedMessage[] = [];
  /** The messages that exist. */
  readonly messages: PostedMessage[] = [];
  readonly deleted = new Set<string>();
  readonly forbidden = new Set<string>();
  /** Channels that answer every post with a 5xx until taken out of the set. */
  readonly failing = new Set<string>();
  /** Requests to answer with a 5xx before the channel works again. */
  outages = 0;

  constructor(private readonly nonces?: NonceMemory) {}

  post(target: DeliveryTarget, message: OutgoingMessage): DeliveryOutcome {
    const body = discordMessageBody(message);
    const at = this.nonces?.now().getTime() ?? 0;
    this.requests.push({ channelId: target.channelId, body, at });
    if (this.deleted.has(target.channelId)) return { permanent: '404 Unknown Channel' };
    if (this.forbidden.has(target.channelId)) return { permanent: '403 Missing Permissions' };
    if (this.failing.has(target.channelId)) return { transient: '503 Service Unavailable' };
    if (this.outages > 0) {
      this.outages -= 1;
      return { transient: '503 Service Unavailable' };
    }
    const remembered = (m: PostedMessage) =>
      m.body.nonce === body.nonce && (!this.nonces || at - m.at < this.nonces.forMs);
    if (!this.messages.some(remembered)) this.messages.push({ channelId: target.channelId, body, at });
    return 'sent';
  }

  readonly deliver: Deliver = async (target, message) => this.post(target, message);
}

/** A deliver that reaches Discord (or not) and then never answers: the process dies mid-request. */
export function dyingDeliver(channels: FakeChannels, reachesDiscord: boolean): Deliver {
  return (target, message) => {
    if (reachesDiscord) channels.post(target, message);
    return new Promise<never>(() => {});
  };
}

/** A logger whose lines the test can read. */
export function capturingLogger(): { log: Logger; lines: () => { msg: string; [key: string]: unknown }[] } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(chunk.toString());
      done();
    },
  });
  return {
    log: pino({ level: 'debug' }, stream),
    lines: () => out.flatMap((l) => l.trim().split('\n')).map((l) => JSON.parse(l)),
  };
}

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private at: Date) {}
  readonly now = () => this.at;
  set(iso: string): void {
    this.at = new Date(iso);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

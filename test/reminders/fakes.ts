import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/log/logger.ts';
import { discordMessageBody } from '../../src/discord/reminder-delivery.ts';
import type { Deliver, DeliveryOutcome, DeliveryTarget, OutgoingMessage } from '../../src/reminders/delivery.ts';

export interface PostedMessage {
  channelId: string;
  body: ReturnType<typeof discordMessageBody>;
}

/**
 * Discord's `POST /channels/{id}/messages` as the scheduler meets it: deleted channels (404),
 * channels without Send Messages (403), outages (5xx), and `enforce_nonce`: a second post with the
 * same nonce returns the first message instead of creating another.
 */
export class FakeChannels {
  /** Every request, duplicates included. */
  readonly requests: PostedMessage[] = [];
  /** The messages that exist. */
  readonly messages: PostedMessage[] = [];
  readonly deleted = new Set<string>();
  readonly forbidden = new Set<string>();
  /** Requests to answer with a 5xx before the channel works again. */
  outages = 0;

  post(target: DeliveryTarget, message: OutgoingMessage): DeliveryOutcome {
    const body = discordMessageBody(message);
    this.requests.push({ channelId: target.channelId, body });
    if (this.deleted.has(target.channelId)) return { permanent: '404 Unknown Channel' };
    if (this.forbidden.has(target.channelId)) return { permanent: '403 Missing Permissions' };
    if (this.outages > 0) {
      this.outages -= 1;
      return { transient: '503 Service Unavailable' };
    }
    if (!this.messages.some((m) => m.body.nonce === body.nonce))
      this.messages.push({ channelId: target.channelId, body });
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

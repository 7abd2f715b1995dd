import type { APIInteraction, APIMessage } from 'discord-api-types/v10';
import { EPHEMERAL } from './routes/context.ts';
import type { RecordedRequest, RequestRecorder } from './recorder.ts';
import type { World } from './world.ts';
import type { Json } from './http.ts';

/** Handles on what a test sent the bot, to await the bot's answers to it. */

export interface CallbackBody {
  type: number;
  data?: Json;
}

const ok = (r: RecordedRequest) => r.status >= 200 && r.status < 300;

export class InteractionExchange {
  constructor(
    readonly payload: APIInteraction,
    private readonly recorder: RequestRecorder,
    private readonly world: World,
    private readonly timeoutMs: number,
  ) {}

  get id(): string {
    return this.payload.id;
  }

  /** Every callback attempt, failed ones included (retries after an injected 500, say). */
  attempts(): RecordedRequest[] {
    return this.recorder.find((r) => this.isCallback(r));
  }

  /** The accepted interaction callback's body (`{ type, data }`). */
  async callback(timeoutMs = this.timeoutMs): Promise<CallbackBody> {
    const request = await this.recorder.waitFor(
      (r) => this.isCallback(r) && ok(r),
      timeoutMs,
      `callback for interaction ${this.id}`,
    );
    return request.body;
  }

  /** Milliseconds from dispatching INTERACTION_CREATE to the arrival of the accepted callback. */
  async callbackLatencyMs(timeoutMs = this.timeoutMs): Promise<number> {
    await this.callback(timeoutMs);
    const callback = this.recorder.find((r) => this.isCallback(r) && ok(r))[0]!;
    return callback.at - this.world.interactions.get(this.id)!.dispatchedAt;
  }

  /** The first accepted edit of `@original` (after a defer, or a later edit). */
  async edit(timeoutMs = this.timeoutMs): Promise<Json> {
    const request = await this.recorder.waitFor(
      (r) => this.onWebhook(r) && r.method === 'PATCH' && r.params.messageId === '@original' && ok(r),
      timeoutMs,
      `edit of @original for interaction ${this.id}`,
    );
    return request.body;
  }

  /** The first accepted follow-up message body. */
  async followUp(timeoutMs = this.timeoutMs): Promise<Json> {
    const request = await this.recorder.waitFor(
      (r) => this.isFollowUp(r) && ok(r),
      timeoutMs,
      `follow-up for interaction ${this.id}`,
    );
    return request.body;
  }

  /**
   * The message the user ends up seeing as the answer: the callback's message, or after a defer
   * the `@original` once edited (or replaced by the first follow-up), or the first follow-up when
   * the bot deleted the "thinking…" message instead (an ephemeral error after a public deferral).
   */
  async response(timeoutMs = this.timeoutMs): Promise<APIMessage> {
    const body = await this.callback(timeoutMs);
    // After a deferral (5: "thinking…", 6: a button's deferred update) the answer is the edit or follow-up that comes later.
    if (body.type === 5 || body.type === 6) {
      await this.recorder.waitFor(
        (r) => this.onWebhook(r) && ok(r) && (r.method === 'PATCH' || this.isFollowUp(r)),
        timeoutMs,
        `answer after deferral of interaction ${this.id}`,
      );
    }
    const id = this.world.interactions.get(this.id)?.originalMessageId;
    const message = id ? this.world.messages.get(id) : undefined;
    if (message) return message;
    const followUp = this.recorder.find((r) => this.isFollowUp(r) && ok(r))[0];
    if (followUp) return followUp.response as APIMessage;
    throw new Error(`emulator: interaction ${this.id} has no message (callback type ${body.type})`);
  }

  /** True when the answer was shown only to the user. */
  async ephemeral(timeoutMs = this.timeoutMs): Promise<boolean> {
    return (((await this.response(timeoutMs)).flags ?? 0) & EPHEMERAL) !== 0;
  }

  private isCallback(r: RecordedRequest): boolean {
    return r.route === '/interactions/:id/:token/callback' && r.params.id === this.id;
  }

  private onWebhook(r: RecordedRequest): boolean {
    return r.params.token === this.payload.token && r.route?.startsWith('/webhooks/') === true;
  }

  private isFollowUp(r: RecordedRequest): boolean {
    return this.onWebhook(r) && r.method === 'POST' && r.route === '/webhooks/:appId/:token';
  }
}

export class MessageExchange {
  constructor(
    readonly message: APIMessage,
    private readonly recorder: RequestRecorder,
    private readonly timeoutMs: number,
  ) {}

  /** The bot's reply to this message (a channel message referencing it), as Discord stored it. */
  async reply(timeoutMs = this.timeoutMs): Promise<APIMessage> {
    const request = await this.recorder.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.route === '/channels/:channelId/messages' &&
        r.body?.message_reference?.message_id === this.message.id &&
        ok(r),
      timeoutMs,
      `reply to message ${this.message.id}`,
    );
    return request.response as APIMessage;
  }

  /** Every request the bot sent that answers this message (none expected for ignored messages). */
  replies(): RecordedRequest[] {
    return this.recorder.find((r) => r.body?.message_reference?.message_id === this.message.id);
  }
}

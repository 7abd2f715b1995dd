import { randomBytes } from 'node:crypto';
import { articleRef, type Article } from '../corpus/article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { RateStatement } from '../rates/rate-statement.ts';
import type { Logger } from '../log/logger.ts';
import { quoteLookup } from '../quotes/lookup.ts';
import { PendingOutcomes, storeFailedTry, thrownOutcome } from '../reminders/outcomes.ts';
import { startPolling, type Every, type RunningScheduler } from '../reminders/scheduler.ts';
import type { AlertDeliveryRow, AlertRow, FollowRow } from '../store/follows.ts';
import type { GuildScope } from '../store/guild-scope.ts';
import type { BotStore } from '../store/store.ts';
import { ChangeReader, dayOf, type Change, type ChangeSource } from './changes.ts';
import type { AlertData, CitedSource, FollowDeliver, FollowMessage, FollowOutcome, FollowPosts } from './delivery.ts';
import { matchArticle, quotesByArticle } from './matching.ts';

/**
 * The follow loop. Each tick, at the injected clock's time:
 *
 * 1. New articles: those of the knowledge base this process has not looked at yet are numbered in
 *    `seen_articles` (the first process to see one numbers it). An article is new to a follow when
 *    its number is above the follow's `after_seq` and the follow has not looked at it
 *    (`follow_articles`): so an article added at start-up, by `/reload`, a feed or `/sources add`
 *    is new once, and a restart, a rebuilt index or another shard never announces it again.
 * 2. For each follow of this process's guilds, in one transaction with the article marks: the
 *    changes the new articles made for its country (`changes.ts`) become alerts, or add their
 *    articles to the alert of the same change (an edit of its message); other matching articles
 *    become article alerts unless `changes_only`. Each alert's message goes into the outbox
 *    (`deliveries`, as reminders') with a fresh nonce, unless its channel already had 5 alerts in
 *    10 minutes: then it is folded and waits for the channel's digest (at most one per 10 minutes).
 * 3. Sends the open deliveries exactly as the reminder scheduler does (see `reminders/scheduler.ts`):
 *    `sending` committed before the request, the same nonce on every try, the outcome stored after;
 *    a channel gone or closed to the bot disables the follow with the reason.
 */
export interface FollowWatcherOptions {
  store: BotStore;
  /** Read at every tick: `/reload` and live additions change it in place. */
  kb: KnowledgeBase;
  deliver: FollowDeliver;
  posts: FollowPosts;
  now: () => Date;
  log: Logger;
  /** Poll interval; also the first retry delay. */
  pollMs: number;
  /** The guilds this process delivers for; default all. */
  scope?: GuildScope;
}

export interface FollowTickReport {
  /** Articles this tick looked at for the first time. */
  newArticles: number;
  /** Alerts created (queued or folded), digests included. */
  alerts: number;
  /** Alerts that gained sources. */
  edited: number;
  sent: AlertDeliveryRow[];
  failed: AlertDeliveryRow[];
  retried: AlertDeliveryRow[];
}

export interface FollowWatcher {
  tick(): Promise<FollowTickReport>;
}

export const ALERTS_PER_WINDOW = 5;
export const ALERT_WINDOW_MS = 10 * 60_000;
const newNonce = () => `f${randomBytes(12).toString('base64url')}`;

function sameSource(a: CitedSource, b: CitedSource): boolean {
  return a.article.id === b.article.id && a.paragraph === b.paragraph;
}

export function createFollowWatcher(options: FollowWatcherOptions): FollowWatcher {
  const { store, kb, log, pollMs, scope } = options;
  /** Articles this process has looked at (by id), and the sequence number of each seen one. */
  const looked = new Set<string>();
  let seqs: Map<string, number> | undefined;
  let lastArticles: readonly Article[] | undefined;
  /** The rate statements at the last scan: the knowledge before the next batch. */
  let lastRates: readonly RateStatement[] | undefined;
  /** Outcomes of messages that went out but could not be stored yet (see the reminder scheduler). */
  const outcomes = new PendingOutcomes();

  const cite = (s: ChangeSource): CitedSource[] => {
    const article = kb.articleById.get(s.articleId);
    return article ? [{ article: articleRef(article), paragraph: s.paragraph, sentence: s.sentence }] : [];
  };

  async function queue(follow: FollowRow, alert: AlertRow, message: FollowMessage, now: number): Promise<void> {
    await store.follows.enqueue(
      {
        alertId: alert.id,
        kind: 'alert',
        guildId: follow.guildId,
        channelId: follow.channelId,
        nonce: newNonce(),
        content: JSON.stringify(message),
      },
      now,
    );
  }

  /** A new alert: queued when the channel has room in its window, else folded for the digest. */
  async function raise(follow: FollowRow, data: AlertData, now: number, changeKey?: string): Promise<AlertRow> {
    const { alerts } = await store.follows.queuedSince(follow.channelId, now - ALERT_WINDOW_MS);
    const status = alerts < ALERTS_PER_WINDOW ? 'queued' : 'folded';
    const alert = await store.follows.addAlert({
      followId: follow.id,
      kind: data.kind,
      ...(changeKey ? { changeKey } : {}),
      data: JSON.stringify(data),
      status,
      createdAt: now,
    });
    if (status === 'queued') await queue(follow, alert, options.posts.alert(data, follow), now);
    return alert;
  }

  /** Adds sources to a change alert and brings its message up to date. */
  async function addSources(follow: FollowRow, alert: AlertRow, sources: CitedSource[], now: number): Promise<boolean> {
    const data = JSON.parse(alert.data) as AlertData;
    if (data.kind !== 'change') return false;
    const added = sources.filter((s) => !data.sources.some((o) => sameSource(o, s)));
    if (added.length === 0) return false;
    data.sources.push(...added);
    await store.follows.setAlertData(alert.id, JSON.stringify(data));
    if (alert.status !== 'queued') return true;
    const message = JSON.stringify(options.posts.alert(data, follow));
    const unsent = (await store.follows.ofAlert(alert.id)).find((d) => d.kind === 'alert' && d.status === 'pending');
    if (unsent) await store.follows.setContent(unsent.id, message);
    else
      await store.follows.enqueue(
        {
          alertId: alert.id,
          kind: 'edit',
          guildId: follow.guildId,
          channelId: follow.channelId,
          nonce: newNonce(),
          content: message,
        },
        now,
      );
    return true;
  }

  /** Articles of the knowledge base this process has not looked at, numbered. */
  async function newArticles(articles: readonly Article[], now: number): Promise<Article[]> {
    if (articles === lastArticles) return [];
    const fresh = articles.filter((a) => !looked.has(a.id));
    if (fresh.length === 0) return [];
    const known = (seqs ??= await store.follows.seqs());
    const unseen = fresh.filter((a) => !known.has(a.id)).map((a) => a.id);
    if (unseen.length > 0) for (const [id, seq] of await store.follows.see(unseen, now)) known.set(id, seq);
    return fresh;
  }

  async function scan(now: number, report: FollowTickReport): Promise<void> {
    const { articles, rates } = kb;
    const fresh = await newArticles(articles, now);
    if (fresh.length === 0) {
      lastArticles = articles;
      lastRates = rates;
      return;
    }
    const follows = await store.follows.active(scope);
    await store.transaction(async () => {
      const candidates = new Map<number, Article[]>();
      for (const f of follows) {
        const mine: Article[] = [];
        for (const a of fresh)
          if ((seqs?.get(a.id) ?? 0) > f.afterSeq && !(await store.follows.considered(f.id, a.id))) mine.push(a);
        candidates.set(f.id, mine);
      }
      const batch = new Set([...candidates.values()].flat().map((a) => a.id));
      if (batch.size === 0) return;
      // The knowledge before the batch (a part of `fresh`): the last scan's, which held every article but `fresh`.
      const reader = new ChangeReader(kb, batch, dayOf(new Date(now)), lastRates);
      const quotes = follows.some((f) => f.speaker)
        ? quotesByArticle(kb.quotes.quotes, batch)
        : new Map<string, never[]>();
      let speakers: ReturnType<typeof quoteLookup> | undefined;
      for (const follow of follows) {
        const mine = candidates.get(follow.id) ?? [];
        if (mine.length === 0) continue;
        const ids = new Set(mine.map((a) => a.id));
        const alertOf = new Map<string, number>();
        const onChange = async (change: Change, isNew: boolean) => {
          const sources = change.sources.filter((s) => ids.has(s.articleId)).flatMap(cite);
          if (sources.length === 0) return;
          const existing = await store.follows.changeAlert(follow.id, change.key);
          let alert: AlertRow | undefined = existing;
          if (existing) {
            if (await addSources(follow, existing, sources, now)) report.edited += 1;
          } else if (isNew) {
            alert = await raise(
              follow,
              { kind: 'change', country: follow.country!, fact: change.fact, sources },
              now,
              change.key,
            );
            report.alerts += 1;
          }
          if (alert) for (const s of sources) alertOf.set(s.article.id, alert.id);
        };
        if (follow.country) {
          for (const change of reader.changes(follow.country)) await onChange(change, true);
          for (const change of reader.restated(follow.country)) await onChange(change, false);
        }
        for (const article of mine) {
          let alertId = alertOf.get(article.id) ?? null;
          if (alertId === null && !follow.changesOnly) {
            const match = matchArticle(follow, article, quotes.get(article.id) ?? []);
            if (match) {
              const key = match.quote?.speaker;
              const speaker = key ? (speakers ??= quoteLookup(kb.quotes)).byKey(key)?.name : undefined;
              const data: AlertData = {
                kind: 'article',
                article: articleRef(article),
                paragraph: match.passage.paragraph,
                passage: match.passage.text,
                ...(match.quote && speaker
                  ? { quote: { speaker, text: match.quote.text, paragraph: match.passage.paragraph } }
                  : {}),
              };
              alertId = (await raise(follow, data, now)).id;
              report.alerts += 1;
            }
          }
          await store.follows.consider(follow.id, article.id, alertId);
        }
      }
    });
    // Only once committed: a failed transaction leaves them new for the next tick.
    for (const a of fresh) looked.add(a.id);
    lastArticles = articles;
    lastRates = rates;
    report.newArticles += fresh.length;
  }

  /** Folds each channel's waiting alerts into one digest, at most one per window. */
  async function digests(now: number, report: FollowTickReport): Promise<void> {
    const follows = await store.follows.active(scope);
    const byId = new Map(follows.map((f) => [f.id, f]));
    for (const channelId of new Set(follows.map((f) => f.channelId))) {
      const { digests: recent } = await store.follows.queuedSince(channelId, now - ALERT_WINDOW_MS);
      if (recent > 0) continue;
      await store.transaction(async () => {
        const folded = (await store.follows.folded(channelId)).filter((a) => byId.has(a.followId));
        if (folded.length === 0) return;
        const items = folded.map((a) => ({ data: JSON.parse(a.data) as AlertData, follow: byId.get(a.followId)! }));
        const follow = items[0]!.follow;
        const digest = await store.follows.addAlert({
          followId: follow.id,
          kind: 'digest',
          data: JSON.stringify({ alerts: folded.map((a) => a.id) }),
          status: 'queued',
          createdAt: now,
        });
        await store.follows.digested(
          folded.map((a) => a.id),
          digest.id,
        );
        await queue(follow, digest, options.posts.digest(items), now);
        report.alerts += 1;
      });
    }
  }

  const storeOutcome = (deliveryId: number, write: () => Promise<void>) => outcomes.store(deliveryId, write);

  const disable = (followId: number, reason: string) =>
    store.transaction(async () => {
      await store.follows.setStatus(followId, 'disabled', reason);
      await store.follows.cancelUntried(followId, reason);
    });

  async function attempt(delivery: AlertDeliveryRow, follow: FollowRow, report: FollowTickReport): Promise<void> {
    const message = JSON.parse(delivery.content) as FollowMessage;
    let outcome: FollowOutcome;
    if (delivery.kind === 'edit') {
      const posted = await store.follows.postedAs(delivery.alertId);
      if (!posted?.messageId || !posted.messageChannelId) {
        await store.deliveries.cancel(delivery.id, 'the alert was never posted');
        return;
      }
      await store.deliveries.startAttempt(delivery.id);
      outcome = await options.deliver
        .edit({ channelId: posted.messageChannelId, messageId: posted.messageId }, message)
        .catch(thrownOutcome);
    } else {
      await store.deliveries.startAttempt(delivery.id);
      outcome = await options.deliver
        .post({ guildId: delivery.guildId, channelId: delivery.channelId }, message, delivery.nonce)
        .catch(thrownOutcome);
    }
    const now = options.now().getTime();
    const where = { delivery: delivery.id, follow: follow.id, channel: delivery.channelId, kind: delivery.kind };
    if ('sent' in outcome) {
      const at = outcome.sent;
      log.info(where, 'follow alert sent');
      await storeOutcome(delivery.id, () =>
        store.transaction(async () => {
          await store.deliveries.sent(delivery.id, now);
          if (delivery.kind === 'alert') await store.follows.posted(delivery.id, at);
        }),
      );
      report.sent.push(delivery);
    } else if ('dropped' in outcome) {
      const reason = outcome.dropped;
      log.warn({ ...where, reason }, 'follow alert dropped');
      await storeOutcome(delivery.id, () => store.deliveries.cancel(delivery.id, reason));
    } else {
      const stored = await storeFailedTry(outcome, delivery, {
        store,
        outcomes,
        log,
        pollMs,
        now,
        where,
        disable: (reason) => disable(follow.id, reason),
        messages: { disabled: 'follow disabled: channel unreachable', retrying: 'follow alert failed; will retry' },
      });
      report[stored].push(delivery);
    }
  }

  return {
    async tick() {
      await outcomes.flush();
      const now = options.now().getTime();
      const report: FollowTickReport = { newArticles: 0, alerts: 0, edited: 0, sent: [], failed: [], retried: [] };
      await scan(now, report);
      await digests(now, report);
      for (const delivery of await store.follows.open(now, scope)) {
        const alert = await store.follows.alert(delivery.alertId);
        const follow = alert ? await store.follows.get(alert.followId) : undefined;
        if (!follow || follow.status !== 'active') {
          await store.deliveries.cancel(delivery.id, `follow is ${follow?.status ?? 'gone'}`);
          continue;
        }
        await attempt(delivery, follow, report);
      }
      return report;
    },
  };
}

/** Ticks at once (alerts for what was indexed at start-up, sends interrupted by a stop), then every `pollMs`. */
export function startFollowWatcher(options: FollowWatcherOptions & { every?: Every }): RunningScheduler {
  const watcher = createFollowWatcher(options);
  const tick = async () => {
    try {
      await watcher.tick();
    } catch (error) {
      options.log.error({ err: error }, 'follow tick failed; the next one tries again');
    }
  };
  return startPolling(tick, options.pollMs, options.every);
}

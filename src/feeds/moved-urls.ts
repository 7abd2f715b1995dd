import type { PermanentRedirects } from '../fetch/http-get.ts';
import type { FeedStore } from '../store/feeds.ts';

/** 301s and 308s remembered in the database, so a moved feed or page is asked at its new address from then on. */
export function movedUrls(store: FeedStore, now: () => number = Date.now): PermanentRedirects {
  return { get: (url) => store.movedTo(url), set: (from, to) => store.saveMoved(from, to, now()) };
}

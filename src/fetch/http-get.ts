import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { AddressPolicy } from './address-policy.ts';

/** Why a fetch failed, in one line a log or a user can read. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'refused' | 'timeout' | 'too-large' | 'network' | 'redirects' | 'scheme',
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Where a URL was moved for good (HTTP 301/308): asked before every fetch, told after each. */
export interface PermanentRedirects {
  get(url: string): Promise<string | undefined>;
  set(from: string, to: string): Promise<void>;
}

export interface HttpGetOptions {
  policy: AddressPolicy;
  userAgent: string;
  /** The whole request, redirects included, must finish in this time. */
  timeoutMs: number;
  /** Larger bodies are refused, before reading when the server says its length, else once this much arrived. */
  maxBytes: number;
  headers?: Record<string, string>;
  permanent?: PermanentRedirects;
}

export interface HttpResponse {
  status: number;
  /** The URL after redirects. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

/** A DNS lookup that hands the connection only addresses the policy allows. */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const allowed = addresses.filter((a) => policy.refusal(hostname, a.address) === undefined);
      const first = allowed[0];
      if (!first) {
        const reason = policy.refusal(hostname, addresses[0]?.address ?? '') ?? `${hostname} has no address`;
        return callback(new FetchError(`refused: ${reason}`, 'refused'), '', 4);
      }
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

/** Checks what can be checked before connecting: the scheme, and a host that is an address already. */
function checkTarget(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`refused: ${url.protocol.replace(':', '')} is not http or https`, 'scheme');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = policy.refusal(host, host);
    if (reason) throw new FetchError(`refused: ${reason}`, 'refused');
  }
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

/** One request, no redirects followed; the body read up to the size limit, decompressed. */
function requestOnce(url: URL, options: HttpGetOptions, signal: AbortSignal): Promise<HttpResponse> {
  checkTarget(url, options.policy);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        headers: {
          'user-agent': options.userAgent,
          'accept-encoding': 'gzip, deflate, br',
          ...options.headers,
        },
        lookup: guardedLookup(options.policy),
        // A connection per request: requests to one host are a second apart anyway, and no idle socket keeps a CLI run alive.
        agent: false,
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const done = (body: Buffer) => resolve({ status, url: url.href, headers: response.headers, body });
        if (REDIRECTS.has(status) || status === 304) {
          response.resume();
          return done(Buffer.alloc(0));
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.destroy();
          return reject(tooLarge(options.maxBytes));
        }
        const body = decoded(response);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            body.destroy();
            reject(tooLarge(options.maxBytes));
          } else chunks.push(chunk);
        });
        body.on('end', () => done(Buffer.concat(chunks)));
        body.on('error', (error) => reject(asFetchError(error)));
        response.on('error', (error) => reject(asFetchError(error)));
      },
    );
    request.on('error', (error) => reject(asFetchError(error)));
  });
}

function tooLarge(maxBytes: number): FetchError {
  return new FetchError(`too large: over ${(maxBytes / 1024 / 1024).toFixed(0)} MB`, 'too-large');
}

function asFetchError(error: unknown): FetchError {
  if (error instanceof FetchError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e.name === 'AbortError') return new FetchError('timed out', 'timeout');
  return new FetchError(`network error: ${e.code ?? e.message}`, 'network');
}

/**
 * GET with the fetch rules: http and https only, public addresses only (checked after DNS and
 * again on every redirect), at most 5 redirects (301 and 308 remembered), one deadline for the
 * whole exchange, a size limit on the body. Any status is returned; only redirects are followed.
 */
export async function httpGet(target: string, options: HttpGetOptions): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url: URL;
  try {
    url = new URL((await options.permanent?.get(target)) ?? target);
  } catch {
    throw new FetchError(`not a URL: ${target}`, 'scheme');
  }
  const seen = new Set<string>();
  for (let hop = 0; ; hop++) {
    let response: HttpResponse;
    try {
      response = await requestOnce(url, options, signal);
    } catch (error) {
      throw signal.aborted
        ? new FetchError(`timed out after ${options.timeoutMs / 1000} s`, 'timeout')
        : asFetchError(error);
    }
    const location = response.headers.location;
    if (!REDIRECTS.has(response.status) || !location) return response;
    if (hop >= MAX_REDIRECTS || seen.has(url.href))
      throw new FetchError(`too many redirects (more than ${MAX_REDIRECTS}, or a loop)`, 'redirects');
    seen.add(url.href);
    const next = new URL(location, url);
    if (PERMANENT.has(response.status)) await options.permanent?.set(url.href, next.href);
    url = next;
  }
}

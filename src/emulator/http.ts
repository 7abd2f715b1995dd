import type { IncomingMessage } from 'node:http';

/** A tiny router for the REST emulator: `/channels/:channelId/messages` style patterns. */

/** Parsed request JSON: untrusted and loosely shaped, so read field by field as Discord does. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (request: RestRequest) => RestResponse | Promise<RestResponse>;

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  keys: string[];
  handler: RouteHandler;
  /** Interaction callbacks and webhooks authenticate by token in the path, not the Authorization header. */
  auth: boolean;
}

export class Router {
  private routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler, options: { auth?: boolean } = {}): this {
    const keys: string[] = [];
    const source = pattern.replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern, regex: new RegExp(`^${source}$`), keys, handler, auth: options.auth ?? true });
    return this;
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      const m = route.method === method ? route.regex.exec(path) : null;
      if (m) return { route, params: Object.fromEntries(route.keys.map((key, i) => [key, m[i + 1]!])) };
    }
    return undefined;
  }
}

/** Discord's error body: `{ message, code }`. */
export function apiError(status: number, code: number, message: string): RestResponse {
  return { status, body: { message, code } };
}

export const json = (body: unknown, status = 200): RestResponse => ({ status, body });
export const noContent = (): RestResponse => ({ status: 204 });

/** JSON, or the `payload_json` part of a multipart body (messages with files). */
export async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return undefined;
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const part = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return part ? JSON.parse(part[1]!) : undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

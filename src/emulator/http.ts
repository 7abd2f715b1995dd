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
  /** The files of a multipart body (`files[0]`, …), bytes included. */
  files: UploadedFile[];
}

/** One file part of a multipart body, as the bot uploaded it. */
export interface UploadedFile {
  /** The form field: `files[<attachment id>]`. */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
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

/** JSON, or for a multipart body (messages with files) its `payload_json` part and its files. */
export async function readBody(request: IncomingMessage): Promise<{ body: unknown; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) return { body: undefined, files: [] };
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // The platform's own multipart parser, as a server framework would use: binary parts stay intact.
    const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    const files: UploadedFile[] = [];
    let body: unknown;
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  const raw = bytes.toString('utf8');
  try {
    return { body: JSON.parse(raw), files: [] };
  } catch {
    return { body: raw, files: [] };
  }
}

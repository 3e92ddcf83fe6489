import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiException } from './api-exception';

/**
 * The deepest nesting a request body may have. Our deepest body (an owner with an address) has 2 levels; 32 leaves
 * room for clients that wrap, while thousands of levels (which overflow the stack of validation) never get parsed.
 */
export const MAX_JSON_DEPTH = 32;

export const jsonTooDeep = (maxDepth: number) =>
  new ApiException(400, 'JSON_TOO_DEEP', `The request body nests deeper than ${maxDepth} levels`);

/**
 * The nesting depth of a JSON text, or `Infinity` once it passes `maxDepth`: one pass over the characters, no
 * allocation, so a hostile body is refused in about the time it took to receive it. Brackets inside strings
 * (escapes included) are text, not nesting. Malformed text is left to the parser to refuse.
 */
export function jsonDepth(text: string, maxDepth: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return Infinity;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * The JSON parser of every JSON route: Fastify refuses a body above `maxBytes` (413) while it arrives, the depth is
 * checked before parsing (400 JSON_TOO_DEEP), then Fastify's own parser runs, with its prototype-poisoning guard.
 */
export function jsonBodyParser(fastify: FastifyInstance, maxDepth: number) {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    const text = body.toString('utf8');
    if (jsonDepth(text, maxDepth) > maxDepth) return done(jsonTooDeep(maxDepth));
    parse(request, text, done);
  };
}

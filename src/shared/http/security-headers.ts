import helmet, { HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The API's helmet policy; scripts and styles inline for the interactive docs at /docs. Without TLS it neither
 * upgrades the page's requests to https nor sends HSTS: on a plain-HTTP origin either would break /docs (the browser
 * would fetch its scripts over an https that does not exist) or pin a scheme the server does not offer.
 */
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-inline'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
};

export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { directives: { ...DIRECTIVES, upgradeInsecureRequests: null } },
  strictTransportSecurity: false,
};

/** The same policy for a request that came over TLS: browsers are told to stay on https. */
export const HELMET_TLS_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { directives: { ...DIRECTIVES, upgradeInsecureRequests: [] } },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
};

/**
 * Helmet's response headers for a policy, computed once: with static directives they do not depend on the request,
 * so every response gets the same set in one call instead of running helmet's middleware (and, with the Fastify
 * plugin, rebuilding it) per request.
 */
export function securityHeaders(options: Readonly<HelmetOptions> = HELMET_OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, collector as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return Object.freeze(headers);
}

/**
 * The headers of each response: the TLS set when the request came over TLS (Fastify's `protocol` believes
 * X-Forwarded-Proto only from TRUSTED_PROXIES) or the deployment is HTTPS only, else the plain-HTTP set.
 */
export function securityHeadersFor(
  httpsOnly: boolean,
): (request: { protocol: string }) => Readonly<Record<string, string>> {
  const plain = securityHeaders(HELMET_OPTIONS);
  const tls = securityHeaders(HELMET_TLS_OPTIONS);
  return (request) => (httpsOnly || request.protocol === 'https' ? tls : plain);
}

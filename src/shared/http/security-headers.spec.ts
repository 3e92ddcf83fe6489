import { securityHeaders, securityHeadersFor } from './security-headers';

describe('securityHeaders', () => {
  it("holds helmet's headers for the API's policy, without upgrade or HSTS for plain HTTP", () => {
    const headers = securityHeaders();
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
    });
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("img-src 'self' data:");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('follows the options it is given', () => {
    const headers = securityHeaders({ contentSecurityPolicy: false, frameguard: { action: 'deny' } });
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['x-frame-options']).toBe('DENY');
  });
});

describe('securityHeadersFor', () => {
  it('asks browsers to stay on https only for a request that came over TLS', () => {
    const headersOf = securityHeadersFor(false);
    const tls = headersOf({ protocol: 'https' });
    expect(tls['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(tls['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(tls['content-security-policy']).toContain("default-src 'self'");
    const plain = headersOf({ protocol: 'http' });
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(plain['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('sends the TLS set to every request of an HTTPS-only deployment', () => {
    const headers = securityHeadersFor(true)({ protocol: 'http' });
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

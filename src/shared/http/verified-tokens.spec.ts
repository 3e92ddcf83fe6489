import type { AccessClaims } from './access-token';
import { VerifiedTokens } from './verified-tokens';

const claims = (exp: number): AccessClaims => ({
  sub: '00000000-0000-4000-8000-000000000001',
  role: 'syndic',
  organization_id: '00000000-0000-4000-8000-000000000002',
  sid: '00000000-0000-4000-8000-000000000003',
  jti: '00000000-0000-4000-8000-000000000004',
  iat: exp - 3600,
  exp,
});

describe('VerifiedTokens', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('returns the claims of a remembered token until it expires', () => {
    const tokens = new VerifiedTokens(10, clock);
    tokens.remember('t1', claims(now / 1000 + 60));
    expect(tokens.get('t1')).toMatchObject({ role: 'syndic' });
    expect(tokens.get('t1 ')).toBeUndefined();
    now += 60_000;
    expect(tokens.get('t1')).toBeUndefined();
  });

  it('forgets the oldest token past its capacity', () => {
    const tokens = new VerifiedTokens(2, clock);
    for (const t of ['a', 'b', 'c']) tokens.remember(t, claims(now / 1000 + 60));
    expect(tokens.get('a')).toBeUndefined();
    expect(tokens.get('b')).toBeDefined();
    expect(tokens.get('c')).toBeDefined();
  });
});

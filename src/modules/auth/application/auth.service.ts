import { Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AccountHooks, AuditLog, CredentialsService, UserSnapshot } from '../../identity';
import { maskEmail } from '../../../shared/crypto/personal-data-cipher';
import { ACCESS_TOKEN_TTL_SECONDS, AccessClaims } from '../../../shared/http/access-token';
import { InvalidCredentials, InvalidRefreshToken, TooManyLoginAttempts } from '../domain/auth.errors';
import { RefreshSessionStore } from '../domain/refresh-session.store';
import { LoginThrottle } from './login-throttle';
import { Clock } from '../../../shared/domain/clock';

export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export interface IssuedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly user: UserSnapshot;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Sign-in, refresh-token rotation with reuse detection, sign-out. */
@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly sessions: RefreshSessionStore,
    private readonly throttle: LoginThrottle,
    private readonly jwt: JwtService,
    private readonly audit: AuditLog,
    private readonly hooks: AccountHooks,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.hooks.onAccountClosed((userId) => this.sessions.revokeAllOf(userId));
  }

  async login(email: string, password: string, ip: string): Promise<IssuedTokens> {
    const keys = [`ip:${ip}`, `email:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`];
    // Reserved before the hash: attempts sent in parallel are counted before any of them is checked.
    const wait = await this.throttle.reserve(keys);
    if (wait > 0) {
      await this.audit.record({ event: 'login_rate_limited', organizationId: null, actorUserId: null, ip, details: { email: maskEmail(email) } });
      throw new TooManyLoginAttempts(wait);
    }
    let user: UserSnapshot | null;
    try {
      user = await this.credentials.verify(email, password);
    } catch (error) {
      // Not a verdict on the credentials (the database is unreachable…): the attempt does not count.
      await this.throttle.settle(keys, false);
      throw error;
    }
    // Only wrong credentials count against the limit; a successful sign-in gives its attempt back.
    await this.throttle.settle(keys, user === null);
    if (!user) {
      await this.audit.record({ event: 'login_failed', organizationId: null, actorUserId: null, ip, details: { email: maskEmail(email) } });
      throw new InvalidCredentials();
    }
    await this.audit.record({ event: 'login_succeeded', organizationId: user.organizationId, actorUserId: user.id, ip });
    return this.issue(user, randomUUID());
  }

  /** A refresh token works once. Presenting one that was already rotated revokes its whole family. */
  async refresh(refreshToken: string, ip: string): Promise<IssuedTokens> {
    const session = await this.sessions.findByTokenHash(hashToken(refreshToken));
    if (!session || session.revokedAt) throw new InvalidRefreshToken();
    if (session.rotatedAt) return this.reuseDetected(session.familyId, session.userId, ip);
    if (session.expiresAt.getTime() <= this.clock.now().getTime()) throw new InvalidRefreshToken();
    const user = await this.credentials.activeUser(session.userId);
    if (!user) throw new InvalidRefreshToken();
    const next = this.newSession(user.id, session.familyId);
    if (!(await this.sessions.rotate(session.id, next.record))) return this.reuseDetected(session.familyId, user.id, ip);
    return this.tokens(user, session.familyId, next.token);
  }

  /** Ends the session family of this refresh token; unknown tokens are ignored. */
  async logout(refreshToken: string): Promise<void> {
    const session = await this.sessions.findByTokenHash(hashToken(refreshToken));
    if (!session) return;
    await this.endSession(session.familyId);
    await this.audit.record({ event: 'logout', organizationId: null, actorUserId: session.userId });
  }

  /** Revokes the family's refresh tokens and, with them, every access token it issued. */
  private async endSession(familyId: string): Promise<void> {
    await this.sessions.revokeFamily(familyId);
    await this.hooks.sessionEnded(familyId);
  }

  private async reuseDetected(familyId: string, userId: string, ip: string): Promise<never> {
    await this.endSession(familyId);
    await this.audit.record({ event: 'refresh_reuse_detected', organizationId: null, actorUserId: userId, ip, details: { familyId } });
    throw new InvalidRefreshToken();
  }

  private async issue(user: UserSnapshot, familyId: string): Promise<IssuedTokens> {
    const next = this.newSession(user.id, familyId);
    await this.sessions.create(next.record);
    return this.tokens(user, familyId, next.token);
  }

  private newSession(userId: string, familyId: string) {
    const token = randomBytes(32).toString('base64url');
    const record = { id: randomUUID(), familyId, userId, tokenHash: hashToken(token), expiresAt: new Date(this.clock.now().getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000) };
    return { token, record };
  }

  private async tokens(user: UserSnapshot, familyId: string, refreshToken: string): Promise<IssuedTokens> {
    const claims: Omit<AccessClaims, 'iat' | 'exp'> = {
      sub: user.id,
      role: user.role,
      organization_id: user.organizationId,
      sid: familyId,
      jti: randomUUID(),
    };
    const accessToken = await this.jwt.signAsync({ ...claims }); // iat and exp are added by the signer
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_TTL_SECONDS, user };
  }
}

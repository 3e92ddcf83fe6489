import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES as ALL_ROLES, Role } from '../domain/tenant';
import { AccessClaims } from './access-token';
import { AuthenticatedRequest, IS_PUBLIC, ROLES } from './access.decorators';
import { forbidden, unauthenticated } from './api-exception';
import { SessionValidator } from './session-validator';
import { VerifiedTokens } from './verified-tokens';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The global guard: verifies the bearer token (HS256 only; once per token, see VerifiedTokens), checks on every
 * request that the account is active with the role and organization the token names and that its sign-in has not
 * ended, attaches the actor, then applies `@Roles()`. Routes opt out with `@Public()`.
 */
@Injectable()
export class JwtTenantGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly sessions: SessionValidator,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = await this.verify(request.headers.authorization);
    const holder = { userId: claims.sub, role: claims.role, organizationId: claims.organization_id, sessionId: claims.sid };
    if (!(await this.sessions.isCurrent(holder))) throw unauthenticated();
    request.actor = { userId: claims.sub, role: claims.role, organizationId: claims.organization_id };
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(claims.role)) throw forbidden();
    return true;
  }

  private async verify(header: string | undefined): Promise<AccessClaims> {
    const [scheme, token] = header?.split(' ') ?? [];
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated();
    const known = this.verified.get(token);
    if (known) return known;
    const claims = await this.jwt
      .verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] })
      .catch(() => Promise.reject(unauthenticated()));
    const organizationOk = claims.organization_id === null || UUID.test(String(claims.organization_id));
    if (!UUID.test(String(claims.sub)) || !ALL_ROLES.includes(claims.role) || !organizationOk) throw unauthenticated();
    // A token that never expires, or that cannot be tied to a sign-in, could not be ended: refused.
    if (!Number.isInteger(claims.exp) || !Number.isInteger(claims.iat)) throw unauthenticated();
    if (!UUID.test(String(claims.jti)) || !UUID.test(String(claims.sid))) throw unauthenticated();
    if ((claims.role === 'superadmin') !== (claims.organization_id === null)) throw unauthenticated();
    this.verified.remember(token, claims);
    return claims;
  }
}

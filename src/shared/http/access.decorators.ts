import { createParamDecorator, ExecutionContext, InternalServerErrorException, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role, TenantContext } from '../domain/tenant';
import { forbidden } from './api-exception';

export const IS_PUBLIC = 'koprogo:public';
export const ROLES = 'koprogo:roles';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** The route needs no access token (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; others get 403. Without it, any authenticated role may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The verified caller. Reaching a route without one means the guard did not run: our bug, a 500. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new InternalServerErrorException('Route reached without an authenticated actor');
  return actor;
});

/** The caller's organization, from the token only. The platform superadmin has none and reads no tenant data. */
export const Tenant = createParamDecorator((_: unknown, ctx: ExecutionContext): TenantContext => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new InternalServerErrorException('Route reached without tenant context');
  if (!actor.organizationId) throw forbidden('This account is not bound to an organization');
  return actor as TenantContext;
});

import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { OwnersService } from '../application/owners.service';
import { OwnerListQuery } from './dto/owner-list.query';
import { OwnerRequest } from './dto/owner.request';
import { OwnerResponse } from './dto/owner.response';

@ApiTags('owners')
@ApiBearerAuth()
@Controller('owners')
export class OwnersController {
  constructor(private readonly owners: OwnersService) {}

  /** Owners of the organization (an owner sees only its own record). */
  @Get()
  @ApiPaginatedResponse(OwnerResponse)
  @ApiProblem(400, 401, 403)
  async list(@Tenant() tenant: TenantContext, @Query() query: OwnerListQuery): Promise<Paginated<OwnerResponse>> {
    return paginated(await this.owners.list(tenant, query), OwnerResponse.from);
  }

  /** Records an owner (syndic); 409 DUPLICATE_OWNER_EMAIL when the email is taken in the organization. */
  @Post()
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409, 422)
  async create(
    @Tenant() tenant: TenantContext,
    @Body() body: OwnerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OwnerResponse> {
    const owner = await this.owners.create(tenant, body);
    void reply.header('location', `/api/v1/owners/${owner.id}`);
    return OwnerResponse.from(owner);
  }

  @Get(':id')
  @ApiProblem(400, 401, 403, 404)
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<OwnerResponse> {
    return OwnerResponse.from(await this.owners.get(tenant, id));
  }

  /** Replaces the editable fields. */
  @Put(':id')
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409, 422)
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OwnerRequest,
  ): Promise<OwnerResponse> {
    return OwnerResponse.from(await this.owners.revise(tenant, id, body));
  }

  /** Deletes an owner that never held a share (409 OWNER_HAS_OWNERSHIPS otherwise). */
  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409)
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.owners.remove(tenant, id);
  }
}

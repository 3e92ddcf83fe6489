import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
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

  @Get()
  @ApiOperationDoc({
    summary: 'List owners',
    description: 'Owners of the organization (an owner sees only its own record).',
    success: pageOf(OwnerResponse),
    problems: [400, 403],
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: OwnerListQuery): Promise<Paginated<OwnerResponse>> {
    return paginated(await this.owners.list(tenant, query), OwnerResponse.from);
  }

  @Post()
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Create an owner',
    description:
      'Records an owner (syndic); 409 DUPLICATE_OWNER_EMAIL when the email is taken in the organization. Roles: syndic.',
    status: 201,
    success: OwnerResponse,
    problems: [400, 403, 404, 409, 422],
  })
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
  @ApiOperationDoc({
    summary: 'Get an owner',
    description: 'One owner of the organization, with the channel letters reach it by today.',
    success: OwnerResponse,
    problems: [400, 403, 404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<OwnerResponse> {
    return OwnerResponse.from(await this.owners.get(tenant, id));
  }

  @Put(':id')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Update an owner',
    description: 'Replaces the editable fields. Roles: syndic.',
    success: OwnerResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OwnerRequest,
  ): Promise<OwnerResponse> {
    return OwnerResponse.from(await this.owners.revise(tenant, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Delete an owner',
    description: 'Deletes an owner that never held a share (409 OWNER_HAS_OWNERSHIPS otherwise). Roles: syndic.',
    status: 204,
    problems: [400, 403, 404, 409],
  })
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.owners.remove(tenant, id);
  }
}

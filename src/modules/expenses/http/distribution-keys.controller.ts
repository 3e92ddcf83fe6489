import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { DistributionKeysService } from '../application/distribution-keys.service';
import { DistributionKeyRequest, ListKeysQuery } from './dto/distribution-key.request';
import { DistributionKeyResponse } from './dto/distribution-key.response';
import { uuidParam } from '../../../shared/http/validation';

/** Distribution keys of a building: the statutes' other ways to split a charge than the quotas. */
@ApiTags('expenses')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('buildings')
export class DistributionKeysController {
  constructor(private readonly keys: DistributionKeysService) {}

  @Post(':id/keys')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Create a distribution key',
    description:
      'Creates a key (syndic): units of this building with integer weights; an unknown unit or building → 404. Roles: syndic.',
    status: 201,
    success: DistributionKeyResponse,
    problems: [409],
  })
  async create(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: DistributionKeyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DistributionKeyResponse> {
    const key = await this.keys.create(tenant, id, body);
    void reply.header('location', `/api/v1/buildings/${id}/keys/${key.id}`);
    return DistributionKeyResponse.from(key);
  }

  @Get(':id/keys')
  @ApiOperationDoc({
    summary: "List a building's distribution keys",
    description: 'The distribution keys of the building, by name.',
    success: pageOf(DistributionKeyResponse),
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ListKeysQuery,
  ): Promise<Paginated<DistributionKeyResponse>> {
    return paginated(await this.keys.list(tenant, id, query), DistributionKeyResponse.from);
  }

  @Get(':id/keys/:keyId')
  @ApiOperationDoc({
    summary: 'Get a distribution key',
    description: 'One key of the building with its weights per unit.',
    success: DistributionKeyResponse,
  })
  async get(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('keyId', uuidParam('keyId')) keyId: string,
  ): Promise<DistributionKeyResponse> {
    return DistributionKeyResponse.from(await this.keys.get(tenant, id, keyId));
  }

  @Put(':id/keys/:keyId')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Replace a distribution key',
    description:
      'Replaces name and weights (syndic); new weights for a key an expense uses → 409 KEY_IN_USE. Roles: syndic.',
    success: DistributionKeyResponse,
    problems: [409],
  })
  async replace(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('keyId', uuidParam('keyId')) keyId: string,
    @Body() body: DistributionKeyRequest,
  ): Promise<DistributionKeyResponse> {
    return DistributionKeyResponse.from(await this.keys.replace(tenant, id, keyId, body));
  }

  @Delete(':id/keys/:keyId')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Delete a distribution key',
    description: 'Deletes a key no expense uses (syndic); else 409 KEY_IN_USE. Roles: syndic.',
    status: 204,
    problems: [409],
  })
  async remove(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('keyId', uuidParam('keyId')) keyId: string,
  ): Promise<void> {
    await this.keys.remove(tenant, id, keyId);
  }
}

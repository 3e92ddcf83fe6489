import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { BuildingsService } from '../application/buildings.service';
import { BuildingListQuery } from './dto/building-list.query';
import { BuildingRequest } from './dto/building.request';
import { BuildingResponse } from './dto/building.response';

@ApiTags('buildings')
@ApiBearerAuth()
@Controller('buildings')
export class BuildingsController {
  constructor(private readonly buildings: BuildingsService) {}

  @Get()
  @ApiOperationDoc({
    summary: 'List buildings',
    description: 'Buildings of the organization (an owner sees those where it holds a share).',
    success: pageOf(BuildingResponse),
    problems: [400, 403],
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: BuildingListQuery): Promise<Paginated<BuildingResponse>> {
    return paginated(await this.buildings.list(tenant, query), BuildingResponse.from);
  }

  @Post()
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Create a building',
    description: 'Records a building (syndic). Roles: syndic.',
    status: 201,
    success: BuildingResponse,
    problems: [400, 403],
  })
  async create(
    @Tenant() tenant: TenantContext,
    @Body() body: BuildingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BuildingResponse> {
    const building = await this.buildings.create(tenant, body);
    void reply.header('location', `/api/v1/buildings/${building.id}`);
    return BuildingResponse.from(building);
  }

  @Get(':id')
  @ApiOperationDoc({
    summary: 'Get a building',
    description: 'One building of the organization, with its unit count, allocated quota and closed books.',
    success: BuildingResponse,
    problems: [400, 403, 404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<BuildingResponse> {
    return BuildingResponse.from(await this.buildings.get(tenant, id));
  }

  @Put(':id')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Update a building',
    description:
      'Replaces the editable fields; totals may not drop below what the units already use (422). Roles: syndic.',
    success: BuildingResponse,
    problems: [400, 403, 404, 422],
  })
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BuildingRequest,
  ): Promise<BuildingResponse> {
    return BuildingResponse.from(await this.buildings.revise(tenant, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Delete a building',
    description: 'Deletes a building without units (409 BUILDING_HAS_UNITS otherwise). Roles: syndic.',
    status: 204,
    problems: [400, 403, 404, 409],
  })
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.buildings.remove(tenant, id);
  }
}

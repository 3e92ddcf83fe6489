import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
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

  /** Buildings of the organization (an owner sees those where it holds a share). */
  @Get()
  @ApiPaginatedResponse(BuildingResponse)
  @ApiProblem(400, 401, 403)
  async list(@Tenant() tenant: TenantContext, @Query() query: BuildingListQuery): Promise<Paginated<BuildingResponse>> {
    return paginated(await this.buildings.list(tenant, query), BuildingResponse.from);
  }

  /** Records a building (syndic). */
  @Post()
  @Roles('syndic')
  @ApiProblem(400, 401, 403)
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
  @ApiProblem(400, 401, 403, 404)
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<BuildingResponse> {
    return BuildingResponse.from(await this.buildings.get(tenant, id));
  }

  /** Replaces the editable fields; totals may not drop below what the units already use (422). */
  @Put(':id')
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 422)
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BuildingRequest,
  ): Promise<BuildingResponse> {
    return BuildingResponse.from(await this.buildings.revise(tenant, id, body));
  }

  /** Deletes a building without units (409 BUILDING_HAS_UNITS otherwise). */
  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409)
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.buildings.remove(tenant, id);
  }
}

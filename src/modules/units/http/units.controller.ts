import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { UnitsService } from '../application/units.service';
import { UnitListQuery } from './dto/unit-list.query';
import { CreateUnitRequest, UpdateUnitRequest } from './dto/unit.request';
import { UnitResponse } from './dto/unit.response';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOperationDoc({
    summary: 'List units',
    description: 'Units of the organization (an owner sees those it holds a share of).',
    success: pageOf(UnitResponse),
    problems: [400, 403],
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: UnitListQuery): Promise<Paginated<UnitResponse>> {
    return paginated(await this.units.list(tenant, query), UnitResponse.from);
  }

  @Post()
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Create a unit',
    description:
      'Records a unit (syndic): 422 QUOTA_EXCEEDED or UNIT_LIMIT_REACHED, 409 DUPLICATE_UNIT_NUMBER. Roles: syndic.',
    status: 201,
    success: UnitResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async create(
    @Tenant() tenant: TenantContext,
    @Body() body: CreateUnitRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitResponse> {
    const unit = await this.units.create(tenant, body);
    void reply.header('location', `/api/v1/units/${unit.id}`);
    return UnitResponse.from(unit);
  }

  @Get(':id')
  @ApiOperationDoc({
    summary: 'Get a unit',
    description: 'One unit of the organization with its quota today.',
    success: UnitResponse,
    problems: [400, 403, 404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<UnitResponse> {
    return UnitResponse.from(await this.units.get(tenant, id));
  }

  @Put(':id')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Update a unit',
    description: 'Replaces the editable fields; the building stays. Roles: syndic.',
    success: UnitResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateUnitRequest,
  ): Promise<UnitResponse> {
    return UnitResponse.from(await this.units.revise(tenant, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Delete a unit',
    description: 'Deletes a unit that never had owners (409 UNIT_HAS_OWNERSHIPS otherwise). Roles: syndic.',
    status: 204,
    problems: [400, 403, 404, 409],
  })
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.units.remove(tenant, id);
  }
}

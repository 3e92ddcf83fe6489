import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
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

  /** Units of the organization (an owner sees those it holds a share of). */
  @Get()
  @ApiPaginatedResponse(UnitResponse)
  @ApiProblem(400, 401, 403)
  async list(@Tenant() tenant: TenantContext, @Query() query: UnitListQuery): Promise<Paginated<UnitResponse>> {
    return paginated(await this.units.list(tenant, query), UnitResponse.from);
  }

  /** Records a unit (syndic): 422 QUOTA_EXCEEDED or UNIT_LIMIT_REACHED, 409 DUPLICATE_UNIT_NUMBER. */
  @Post()
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409, 422)
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
  @ApiProblem(400, 401, 403, 404)
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<UnitResponse> {
    return UnitResponse.from(await this.units.get(tenant, id));
  }

  /** Replaces the editable fields; the building stays. */
  @Put(':id')
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409, 422)
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateUnitRequest,
  ): Promise<UnitResponse> {
    return UnitResponse.from(await this.units.revise(tenant, id, body));
  }

  /** Deletes a unit that never had owners (409 UNIT_HAS_OWNERSHIPS otherwise). */
  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiProblem(400, 401, 403, 404, 409)
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.units.remove(tenant, id);
  }
}

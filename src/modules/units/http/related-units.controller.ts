import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { TenantContext } from '../../../shared/domain';
import { Tenant } from '../../../shared/http/access.decorators';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { OwnershipsService } from '../application/ownerships.service';
import { UnitsService } from '../application/units.service';
import { OwnershipsOnQuery } from './dto/ownership.query';
import { HeldUnitResponse } from './dto/ownership.response';
import { BuildingUnitListQuery } from './dto/unit-list.query';
import { UnitResponse } from './dto/unit.response';

/** Units seen from a building or an owner (the routes live here: units know both). */
@ApiBearerAuth()
@Controller()
export class RelatedUnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly ownerships: OwnershipsService,
  ) {}

  @Get('buildings/:id/units')
  @ApiTags('buildings')
  @ApiOperationDoc({
    summary: "List a building's units",
    description: 'Units of a building.',
    success: pageOf(UnitResponse),
    problems: [400, 403, 404],
  })
  async ofBuilding(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: BuildingUnitListQuery,
  ): Promise<Paginated<UnitResponse>> {
    return paginated(await this.units.listByBuilding(tenant, id, query), UnitResponse.from);
  }

  @Get('owners/:id/units')
  @ApiTags('owners')
  @ApiOperationDoc({
    summary: "List an owner's units",
    description: 'Units the owner holds a share of on `at` (today by default), with the share.',
    success: pageOf(HeldUnitResponse),
    problems: [400, 403, 404],
  })
  async ofOwner(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: OwnershipsOnQuery,
  ): Promise<Paginated<HeldUnitResponse>> {
    return paginated(await this.ownerships.unitsOf(tenant, id, query), HeldUnitResponse.from);
  }
}

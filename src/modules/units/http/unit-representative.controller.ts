import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { uuidParam } from '../../../shared/http/validation';
import { RepresentativesService } from '../application/representatives.service';
import { NameRepresentativeRequest, RepresentativeQuery } from './dto/representative.request';
import { RepresentativeResponse } from './dto/representative.response';

/** The co-owner who votes for a unit held by several people (joint ownership, usufruct). */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id/representative')
export class UnitRepresentativeController {
  constructor(private readonly representatives: RepresentativesService) {}

  @Get()
  @ApiOperationDoc({
    summary: 'Representative of a unit',
    description:
      'The representative on `at` (today by default); `ownerId` null when there is none that day (never a 404).',
    success: RepresentativeResponse,
    problems: [400, 403, 404],
  })
  async on(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: RepresentativeQuery,
  ): Promise<RepresentativeResponse> {
    return RepresentativeResponse.from(await this.representatives.on(tenant, id, query.at));
  }

  @Put()
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Name the representative',
    description:
      'Names the representative from `from` (today by default), ending the previous one that day: 422 REPRESENTATIVE_NOT_OWNER unless the owner holds a share of the unit that day; 409 REPRESENTATIVE_CHANGED_LATER when another is already named from a later day. The mandate lapses on its own the day the owner sells. Roles: syndic.',
    success: RepresentativeResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async name(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: NameRepresentativeRequest,
  ): Promise<RepresentativeResponse> {
    return RepresentativeResponse.from(await this.representatives.name(tenant, id, body));
  }

  @Delete()
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'End the representation',
    description:
      'Ends the current mandate today; the history stays. Answers 204 also when there was none. Roles: syndic.',
    status: 204,
    problems: [400, 403, 404],
  })
  async end(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.representatives.end(tenant, id);
  }
}

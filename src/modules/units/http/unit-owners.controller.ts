import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { OwnershipsService } from '../application/ownerships.service';
import { EndOwnershipQuery, OwnershipsOnQuery } from './dto/ownership.query';
import { AddOwnershipRequest, TransferOwnershipRequest } from './dto/ownership.request';
import { OwnershipResponse } from './dto/ownership.response';

const ownershipLocation = (o: { unitId: string; id: string }) => `/api/v1/units/${o.unitId}/ownerships/${o.id}`;

@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id')
export class UnitOwnersController {
  constructor(private readonly ownerships: OwnershipsService) {}

  @Get('owners')
  @ApiOperationDoc({
    summary: 'Owners of a unit on a day',
    description: 'Who owned the unit on `at` (today by default), with their shares.',
    success: pageOf(OwnershipResponse),
    problems: [400, 403, 404],
  })
  async ownersOn(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: OwnershipsOnQuery,
  ): Promise<Paginated<OwnershipResponse>> {
    return paginated(await this.ownerships.ownersOn(tenant, id, query), OwnershipResponse.from);
  }

  @Get('ownerships/:ownershipId')
  @ApiOperationDoc({
    summary: 'Get an ownership',
    description:
      'One ownership of the unit, current or past, by its id (where `Location` points after an add or a transfer).',
    success: OwnershipResponse,
    problems: [400, 403, 404],
  })
  async ownership(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('ownershipId', uuidParam('ownershipId')) ownershipId: string,
  ): Promise<OwnershipResponse> {
    return OwnershipResponse.from(await this.ownerships.ownership(tenant, id, ownershipId));
  }

  @Post('owners')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Add a co-owner',
    description:
      'Adds a co-owner from `startDate`: 422 OWNERSHIP_OVER_100 when the shares would pass 100 %. Roles: syndic.',
    status: 201,
    success: OwnershipResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async add(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AddOwnershipRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OwnershipResponse> {
    const ownership = await this.ownerships.add(tenant, id, body);
    void reply.header('location', ownershipLocation(ownership));
    return OwnershipResponse.from(ownership);
  }

  @Post('owners/transfer')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Transfer a share (sale)',
    description:
      "A sale: the seller's whole share goes to the buyer on `date`; answers the buyer's ownership. Roles: syndic.",
    status: 201,
    success: OwnershipResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async transfer(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: TransferOwnershipRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OwnershipResponse> {
    const ownership = await this.ownerships.transfer(tenant, id, body);
    void reply.header('location', ownershipLocation(ownership));
    return OwnershipResponse.from(ownership);
  }

  @Delete('owners/:ownerId')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'End an ownership',
    description:
      "Ends the owner's ownership on `endDate` (today by default); the history stays. 409 PERIOD_CLOSED in closed books. Roles: syndic.",
    status: 204,
    problems: [400, 403, 404, 409, 422],
  })
  async end(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('ownerId', uuidParam('ownerId')) ownerId: string,
    @Query() query: EndOwnershipQuery,
  ): Promise<void> {
    await this.ownerships.end(tenant, id, ownerId, query.endDate);
  }

  @Put('assign-owner/:ownerId')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Make sole owner',
    description:
      'Makes the owner the sole owner (100 %) from today; the other ownerships end today. Answers its ownership. Roles: syndic.',
    success: OwnershipResponse,
    problems: [400, 403, 404],
  })
  async assignOwner(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('ownerId', uuidParam('ownerId')) ownerId: string,
  ): Promise<OwnershipResponse> {
    return OwnershipResponse.from(await this.ownerships.assignSole(tenant, id, ownerId));
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { TenantContext } from '../../../shared/domain';
import { Tenant } from '../../../shared/http/access.decorators';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { MeetingsService } from '../application/meetings.service';
import { BuildingMeetingsQuery } from './dto/meeting-list.query';
import { MeetingResponse } from './dto/meeting.response';

@ApiTags('buildings')
@ApiBearerAuth()
@Controller('buildings')
export class BuildingMeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get(':id/meetings')
  @ApiOperationDoc({
    summary: "List a building's general assemblies",
    description: "The building's general assemblies, newest first; same filters as GET /meetings.",
    success: pageOf(MeetingResponse),
    problems: [400, 403, 404],
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: BuildingMeetingsQuery,
  ): Promise<Paginated<MeetingResponse>> {
    return paginated(await this.meetings.listForBuilding(tenant, id, query), MeetingResponse.from);
  }
}

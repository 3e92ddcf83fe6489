import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '../../../shared/domain';
import { Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { MeetingsService } from '../application/meetings.service';
import { BuildingMeetingsQuery } from './dto/meeting-list.query';
import { MeetingResponse } from './dto/meeting.response';

@ApiTags('buildings')
@ApiBearerAuth()
@Controller('buildings')
export class BuildingMeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  /** The building's general assemblies, newest first; same filters as GET /meetings. */
  @Get(':id/meetings')
  @ApiPaginatedResponse(MeetingResponse)
  @ApiProblem(400, 401, 403, 404)
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: BuildingMeetingsQuery,
  ): Promise<Paginated<MeetingResponse>> {
    return paginated(await this.meetings.listForBuilding(tenant, id, query), MeetingResponse.from);
  }
}

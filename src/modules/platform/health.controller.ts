import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../../shared/http/access.decorators';
import { TenantDatabase } from '../../shared/persistence/tenant-database';

export class HealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty({ required: false, example: 'up' }) database?: 'up';
}

@ApiTags('platform')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly db: TenantDatabase) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  /** Readiness: the database answers too. */
  @Get('ready')
  @HttpCode(200)
  @ApiOkResponse({ type: HealthResponse })
  async ready(): Promise<HealthResponse> {
    try {
      await this.db.ping();
    } catch {
      throw new ServiceUnavailableException('The database does not answer');
    }
    return { status: 'ok', database: 'up' };
  }
}

import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../shared/http/api-operation.decorator';
import { Public } from '../../shared/http/access.decorators';
import { AppConfig } from '../../config/app-config';
import { databaseUnavailable, DatabaseUnavailable } from '../../shared/persistence/database-unavailable';
import { TenantDatabase } from '../../shared/persistence/tenant-database';

export class HealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty({ required: false, example: 'up' }) database?: 'up';
}

@ApiTags('platform')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperationDoc({
    summary: 'Liveness probe',
    description: 'Liveness: the process answers.',
    success: HealthResponse,
    public: true,
  })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  @ApiOperationDoc({
    summary: 'Readiness probe',
    description:
      'Readiness: the database answers too, within READY_TIMEOUT_MS; otherwise 503 problem+json with Retry-After (down, restarting, unreachable, frozen, or too busy to take one more request).',
    success: HealthResponse,
    public: true,
  })
  async ready(): Promise<HealthResponse> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DatabaseUnavailable('DATABASE_UNAVAILABLE', 5, 'The database did not answer in time')),
        this.config.readyTimeoutMs,
      );
    });
    try {
      await Promise.race([this.db.ping(), late]);
    } catch (error) {
      throw (
        databaseUnavailable(error) ??
        new DatabaseUnavailable('DATABASE_UNAVAILABLE', 5, 'The database does not answer', { cause: error })
      );
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', database: 'up' };
  }
}

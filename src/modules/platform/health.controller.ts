import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../shared/http/api-operation.decorator';
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
    description: 'Readiness: the database answers too.',
    success: HealthResponse,
    public: true,
  })
  async ready(): Promise<HealthResponse> {
    try {
      await this.db.ping();
    } catch {
      throw new ServiceUnavailableException('The database does not answer');
    }
    return { status: 'ok', database: 'up' };
  }
}

import { Controller, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import { AppConfig } from '../../../config/app-config';
import { Roles } from '../../../shared/http/access.decorators';
import { DemoDataService } from '../application/demo-data.service';
import { SeedResponse } from './dto/seed.response';

@ApiTags('platform')
@ApiBearerAuth()
@Controller('seed')
export class SeedController {
  constructor(
    private readonly demo: DemoDataService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('superadmin')
  @ApiOperationDoc({
    summary: 'Load the demo data',
    description:
      'Loads the demo data (superadmin, development only; 404 in production). Running it twice changes nothing. Roles: superadmin.',
    success: SeedResponse,
    problems: [403, 404],
  })
  async seed(): Promise<SeedResponse> {
    if (this.config.nodeEnv === 'production') throw new NotFoundException();
    const result = await this.demo.load();
    return { loaded: result.loaded, accounts: [...result.accounts] };
  }
}

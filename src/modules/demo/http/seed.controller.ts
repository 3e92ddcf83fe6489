import { Controller, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '../../../config/app-config';
import { Roles } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
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

  /** Loads the demo data (superadmin, development only; 404 in production). Running it twice changes nothing. */
  @Post()
  @HttpCode(200)
  @Roles('superadmin')
  @ApiOkResponse({ type: SeedResponse })
  @ApiProblem(401, 403, 404)
  async seed(): Promise<SeedResponse> {
    if (this.config.nodeEnv === 'production') throw new NotFoundException();
    const result = await this.demo.load();
    return { loaded: result.loaded, accounts: [...result.accounts] };
  }
}

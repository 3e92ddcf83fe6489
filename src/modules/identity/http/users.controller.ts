import { Body, Controller, Get, HttpCode, Ip, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../shared/domain/tenant';
import { CurrentActor, Roles } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { ApiPaginatedResponse, Paginated, paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { PersonalDataService } from '../application/personal-data.service';
import { UsersService } from '../application/users.service';
import { ErasureResponse, PersonalDataExportResponse } from './dto/gdpr.response';
import { ListUsersQuery } from './dto/identity.query';
import { CreateUserRequest, UpdateUserRequest } from './dto/user.request';
import { UserResponse } from './dto/user.response';
import { pageRequest } from './page-request';

@ApiTags('users')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly personalData: PersonalDataService,
  ) {}

  /** A syndic creates users in its organization; the superadmin in any (with organizationId). */
  @Post()
  @Roles('superadmin', 'syndic')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblem(404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUserRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponse> {
    const user = await this.users.create(actor, body);
    void reply.header('location', `/api/v1/users/${user.id}`);
    return UserResponse.from(user);
  }

  @Get()
  @Roles('superadmin', 'syndic')
  @ApiPaginatedResponse(UserResponse)
  async list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<Paginated<UserResponse>> {
    const page = pageRequest(query, 'lastName');
    return paginated(await this.users.list(actor, { organizationId: query.organizationId, role: query.role, page }), UserResponse.from);
  }

  /** Everything KoproGo holds about the caller (GDPR right of access). */
  @Get('me/export')
  @ApiOkResponse({ type: PersonalDataExportResponse })
  async exportMine(@CurrentActor() actor: Actor, @Ip() ip: string): Promise<PersonalDataExportResponse> {
    return this.personalData.exportOwn(actor, ip);
  }

  @Get(':id')
  @Roles('superadmin', 'syndic')
  @ApiProblem(404)
  async get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.get(actor, id));
  }

  @Put(':id')
  @Roles('superadmin', 'syndic')
  @ApiProblem(404)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateUserRequest,
  ): Promise<UserResponse> {
    return UserResponse.from(await this.users.update(actor, id, body));
  }

  @Put(':id/deactivate')
  @HttpCode(200)
  @Roles('superadmin', 'syndic')
  @ApiProblem(404)
  async deactivate(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.deactivate(actor, id));
  }

  /** GDPR erasure: the person is anonymised, sessions end; accounting facts stay (superadmin, syndic, or oneself). */
  @Post(':id/gdpr-delete')
  @HttpCode(200)
  @ApiProblem(404, 409)
  async erase(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Ip() ip: string): Promise<ErasureResponse> {
    return this.personalData.erase(actor, id, ip);
  }
}

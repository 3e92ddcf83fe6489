import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../shared/domain/tenant';
import { CurrentActor, Roles } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { OrganizationsService } from '../application/organizations.service';
import { ListOrganizationsQuery } from './dto/identity.query';
import { CreateOrganizationRequest, UpdateOrganizationRequest } from './dto/organization.request';
import { CreatedOrganizationResponse, OrganizationResponse } from './dto/organization.response';
import { pageRequest } from './page-request';

@ApiTags('organizations')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Roles('superadmin')
  @ApiOperationDoc({
    summary: 'Create an organization',
    description: 'Creates a syndic firm and its first syndic account (platform superadmin). Roles: superadmin.',
    status: 201,
    success: CreatedOrganizationResponse,
    problems: [409],
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOrganizationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedOrganizationResponse> {
    const { organization, syndic } = await this.organizations.create(actor, body);
    void reply.header('location', `/api/v1/organizations/${organization.id}`);
    return CreatedOrganizationResponse.withSyndic(organization, syndic);
  }

  @Get()
  @Roles('superadmin')
  @ApiOperationDoc({
    summary: 'List organizations',
    description:
      'The organizations of the platform (platform superadmin), by name or creation time. Roles: superadmin.',
    success: pageOf(OrganizationResponse),
  })
  async list(@Query() query: ListOrganizationsQuery): Promise<Paginated<OrganizationResponse>> {
    return paginated(await this.organizations.list(pageRequest(query, 'name')), OrganizationResponse.from);
  }

  @Get(':id')
  @Roles('superadmin', 'syndic')
  @ApiOperationDoc({
    summary: 'Get an organization',
    description: 'The superadmin reads any organization; a syndic its own. Roles: superadmin, syndic.',
    success: OrganizationResponse,
    problems: [404],
  })
  async get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<OrganizationResponse> {
    return OrganizationResponse.from(await this.organizations.get(actor, id));
  }

  @Put(':id')
  @Roles('superadmin', 'syndic')
  @ApiOperationDoc({
    summary: 'Update an organization',
    description:
      'The superadmin edits any organization; a syndic its own, so that its letters carry its current letterhead. Roles: superadmin, syndic.',
    success: OrganizationResponse,
    problems: [404],
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateOrganizationRequest,
  ): Promise<OrganizationResponse> {
    const { name, contactEmail, ...letterhead } = body;
    return OrganizationResponse.from(await this.organizations.update(actor, id, { name, contactEmail, letterhead }));
  }

  @Put(':id/suspend')
  @HttpCode(200)
  @Roles('superadmin')
  @ApiOperationDoc({
    summary: 'Suspend an organization',
    description: 'Its users can no longer sign in and their tokens stop working at once. Roles: superadmin.',
    success: OrganizationResponse,
    problems: [404],
  })
  async suspend(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<OrganizationResponse> {
    return OrganizationResponse.from(await this.organizations.suspend(actor, id));
  }

  @Put(':id/activate')
  @HttpCode(200)
  @Roles('superadmin')
  @ApiOperationDoc({
    summary: 'Reactivate an organization',
    description: 'Lifts a suspension: its users can sign in again (platform superadmin). Roles: superadmin.',
    success: OrganizationResponse,
    problems: [404],
  })
  async activate(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<OrganizationResponse> {
    return OrganizationResponse.from(await this.organizations.activate(actor, id));
  }
}

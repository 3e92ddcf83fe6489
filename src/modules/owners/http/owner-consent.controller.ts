import { Body, Controller, Delete, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { uuidParam } from '../../../shared/http/validation';
import { OwnerConsentsService } from '../application/owner-consents.service';
import { GiveConsentRequest } from './dto/consent.request';
import { OwnerResponse } from './dto/owner.response';

/** The register of written consents to e-mail (art. 3.87 §3); without one, letters go by registered mail. */
@ApiTags('owners')
@ApiBearerAuth()
@Controller('owners/:id/consent')
export class OwnerConsentController {
  constructor(private readonly consents: OwnerConsentsService) {}

  @Put()
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Record consent to e-mail',
    description:
      'Records the consent given on `givenOn` (422 CONSENT_IN_FUTURE after today, CONSENT_BEFORE_WITHDRAWAL before the last withdrawal); while one is in force, corrects its date and document. Answers the owner. Roles: syndic.',
    success: OwnerResponse,
    problems: [400, 403, 404, 422],
  })
  async give(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: GiveConsentRequest,
  ): Promise<OwnerResponse> {
    return OwnerResponse.from(await this.consents.give(tenant, id, body));
  }

  @Delete()
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Withdraw consent to e-mail',
    description:
      'Withdraws the consent from today (registered mail again); 204 also when none was in force. History stays. Roles: syndic.',
    status: 204,
    problems: [400, 403, 404],
  })
  async withdraw(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.consents.withdraw(tenant, id);
  }
}

import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiAcceptLanguage, ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { uuidParam } from '../../../shared/http/validation';
import { LettersFile, PaymentLettersService } from '../application/payment-letters.service';
import { LettersQuery, RemindersRequest } from './dto/letters.request';
import { sendAttachment } from '../../../shared/http/attachment';

const PDF = 'application/pdf';

/** Payment letters as PDF: a call's letters to its owners, and reminders to the owners in arrears. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller()
export class LettersController {
  constructor(private readonly letters: PaymentLettersService) {}

  @Get('calls/:id/letters.pdf')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: "A call's payment letters (PDF)",
    description:
      "One page per owner under the firm's letterhead: the amount, the due date, the fund's IBAN, the structured " +
      'communication and its EPC (SEPA) QR code, in French, Dutch or English (`lang`, else Accept-Language, else ' +
      'French); named `appel-de-fonds-<building>-<call date>.pdf`, in Dutch `oproep-…`, in English ' +
      '`call-for-funds-…`. 409 CALL_CANCELLED for a cancelled call; 422 INVALID_EPC_TRANSFER should a transfer not ' +
      'fit an EPC QR code. Roles: syndic, accountant, board_member.',
    success: { binary: [PDF] },
    problems: [409, 422],
  })
  async callLetters(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: LettersQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const lang = query.lang ?? languageFrom(acceptLanguage, 'fr');
    return sendPdf(reply, await this.letters.callLetters(tenant, id, lang));
  }

  @Post('buildings/:id/reminders')
  @HttpCode(200)
  @Roles('syndic', 'accountant')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'Reminder letters to the owners in arrears (PDF)',
    description:
      'One letter per owner in arrears on asOf (today by default), dated that day: each overdue item with what is ' +
      'still due, its structured communication and its own EPC QR code, and the late interest when the building has ' +
      'a rate; in French, Dutch or English (`lang`, else Accept-Language, else French); named ' +
      '`rappels-<building>-<asOf>.pdf`, in Dutch `herinneringen-…`, in English `reminders-…`. Nothing is recorded. ' +
      '422 NO_ARREARS when no owner is in arrears on that day (nothing to send); 422 INVALID_EPC_TRANSFER should a ' +
      'transfer not fit an EPC QR code. Roles: syndic, accountant.',
    success: { binary: [PDF] },
    problems: [422],
  })
  async reminders(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RemindersRequest,
    @Query() query: LettersQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const lang = query.lang ?? languageFrom(acceptLanguage, 'fr');
    return sendPdf(reply, await this.letters.reminderLetters(tenant, id, body.asOf, lang));
  }
}

function sendPdf(reply: FastifyReply, file: LettersFile): Buffer {
  return sendAttachment(reply, file.pdf, PDF, file.fileName);
}

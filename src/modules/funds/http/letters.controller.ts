import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { uuidParam } from '../../../shared/http/validation';
import { LettersFile, PaymentLettersService } from '../application/payment-letters.service';
import { LettersQuery, RemindersRequest } from './dto/letters.request';

/** Payment letters as PDF: a call's letters to its owners, and reminders to the owners in arrears. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller()
export class LettersController {
  constructor(private readonly letters: PaymentLettersService) {}

  /**
   * One page per owner: the amount, the due date, the fund's IBAN, the structured communication and its EPC QR code
   * (PDF in French, Dutch or English); named `appel-de-fonds-<building>-<call date>.pdf`, in Dutch `oproep-…`.
   * 409 CALL_CANCELLED.
   */
  @Get('calls/:id/letters.pdf')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblem(409)
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

  /**
   * The reminder letters to the owners in arrears on asOf (today by default): each overdue item with its amount due,
   * its structured communication and its own EPC QR code; `rappels-<building>-<asOf>.pdf`, in Dutch
   * `herinneringen-…`. 204 when no owner is in arrears.
   */
  @Post('buildings/:id/reminders')
  @HttpCode(200)
  @Roles('syndic', 'accountant')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNoContentResponse({ description: 'No owner is in arrears on that day' })
  async reminders(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RemindersRequest,
    @Query() query: LettersQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const lang = query.lang ?? languageFrom(acceptLanguage, 'fr');
    const file = await this.letters.reminderLetters(tenant, id, body.asOf, lang);
    if (!file) {
      void reply.status(204);
      return undefined;
    }
    return sendPdf(reply, file);
  }
}

function sendPdf(reply: FastifyReply, file: LettersFile): Buffer {
  void reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff');
  return file.pdf;
}

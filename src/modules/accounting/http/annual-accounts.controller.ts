import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { slugify } from '@modules/identity';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiAcceptLanguage, ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import { languageFrom } from '../../../shared/http/language';
import { uuidParam } from '../../../shared/http/validation';
import { AnnualAccountsFile, AnnualAccountsInput, AnnualAccountsService } from '../application/annual-accounts.service';
import { annualAccountsTexts } from '../infrastructure/annual-accounts-texts';
import { AnnualAccountsQuery } from './dto/annual-accounts.query';
import { AnnualAccountsResponse } from './dto/annual-accounts.response';
import { sendAttachment } from '../../../shared/http/attachment';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const RULES =
  "The balance sheet on the financial year's last day (classes 1 to 5 over every entry dated up to it: the funds 100 and 160, debtor owners on 410 as assets and owners' advances as debts, the bank accounts 550 and 551, suppliers 440; classes 6 and 7 not yet brought to a fund as the result) and the income statement of the year (class 6 charges, class 7 income, result = income − charges), summed by PostgreSQL from the journal. The two sides of the balance sheet are equal. Below 20 lots (the building's accountingMode \"simplified\") the presentation keeps the funds, the banks and the owners apart and groups the rest (charges and income by two-digit group); from 20 lots, one line per account. `year`: the calendar year, the current one by default; `lang`: fr, nl or en, else Accept-Language, else fr.";

/** The annual accounts of a building. Syndics, accountants and board members read them; owners are refused (403). */
@ApiTags('accounting')
@ApiBearerAuth()
@Controller('buildings/:id')
export class AnnualAccountsController {
  constructor(private readonly annual: AnnualAccountsService) {}

  @Get('annual-accounts')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'Get the annual accounts',
    description: `${RULES} Roles: syndic, accountant, board_member.`,
    success: AnnualAccountsResponse,
    problems: [400, 403, 404],
  })
  async accounts(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: AnnualAccountsQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<AnnualAccountsResponse> {
    return AnnualAccountsResponse.from(await this.annual.accounts(tenant, id, input(query, acceptLanguage)));
  }

  @Get('annual-accounts.pdf')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'Get the annual accounts as PDF',
    description: `The same figures as GET /buildings/{id}/annual-accounts on A4, with the firm's letterhead: the balance sheet, then the income statement. Named \`comptes-annuels-<building>-<year>.pdf\`, in Dutch \`jaarrekening-…\`, in English \`annual-accounts-…\`. Roles: syndic, accountant, board_member.`,
    success: { binary: [PDF] },
    problems: [400, 403, 404],
  })
  async pdf(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: AnnualAccountsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Buffer> {
    return send(reply, await this.annual.pdf(tenant, id, input(query, acceptLanguage)), PDF, 'pdf');
  }

  @Get('annual-accounts.xlsx')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'Get the annual accounts as a workbook',
    description: `The same figures as GET /buildings/{id}/annual-accounts as an Excel workbook: a balance sheet and an income statement sheet, totals and result as formulas holding the figures, headings frozen and repeated on printed pages. Named like the PDF with .xlsx. Roles: syndic, accountant, board_member.`,
    success: { binary: [XLSX] },
    problems: [400, 403, 404],
  })
  async workbook(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: AnnualAccountsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Buffer> {
    return send(reply, await this.annual.workbook(tenant, id, input(query, acceptLanguage)), XLSX, 'xlsx');
  }
}

function input(query: AnnualAccountsQuery, acceptLanguage: string | undefined): AnnualAccountsInput {
  return { year: query.year, lang: query.lang ?? languageFrom(acceptLanguage, 'fr') };
}

function send(reply: FastifyReply, file: AnnualAccountsFile, contentType: string, extension: string): Buffer {
  const stem = annualAccountsTexts(file.accounts.lang).fileStem;
  const name = `${stem}-${slugify(file.building.name) || 'building'}-${file.accounts.year}.${extension}`;
  return sendAttachment(reply, file.content, contentType, name);
}

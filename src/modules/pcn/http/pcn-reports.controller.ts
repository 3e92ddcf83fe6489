import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAcceptLanguage, ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import { slugify } from '@modules/identity';
import type { TenantContext } from '../../../shared/domain/tenant';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { uuidParam } from '../../../shared/http/validation';
import { PcnFile, PcnReportsService } from '../application/pcn-reports.service';
import { PcnCsvQuery, PcnReportQuery } from './dto/pcn.query';
import { PcnReportResponse } from './dto/pcn-report.response';
import { sendAttachment } from '../../../shared/http/attachment';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv';

/** Readers of the organization's accounts; an owner sees its own units only. */
const READERS = ['syndic', 'accountant', 'board_member', 'owner'] as const;

@ApiTags('pcn')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404, 422)
@Controller('pcn')
export class PcnReportsController {
  constructor(private readonly reports: PcnReportsService) {}

  @Get(':buildingId')
  @Roles(...READERS)
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'PCN report',
    description:
      "The building's charges of the period by charge account (class 6), read from the journal: per account, Σ (debit − credit) of its lines dated in the period, so revised, cancelled and deleted expenses net out through their reversals and manual entries count too; `count` is the number of expenses (and manual entries) behind each account. Each unit's share of each account splits the account's period sum once per key and registry state; the part paid from the reserve fund (`coveredByReserveCents`) is charged to no unit. 422 " +
      'REGISTRY_INCOMPLETE when on some charge date the registry leaves part of a charge to nobody (see errors).',
    success: PcnReportResponse,
  })
  async report(
    @Tenant() tenant: TenantContext,
    @Param('buildingId', uuidParam('buildingId')) buildingId: string,
    @Query() query: PcnReportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<PcnReportResponse> {
    return PcnReportResponse.from(await this.reports.report(tenant, buildingId, withLanguage(query, acceptLanguage)));
  }

  @Get('export/pdf/:buildingId')
  @Roles(...READERS)
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'PCN report as PDF',
    description:
      "The same report as a PDF (A4), with the building's name and address, the period and the generation time.",
    success: { binary: [PDF] },
  })
  async pdf(
    @Tenant() tenant: TenantContext,
    @Param('buildingId', uuidParam('buildingId')) buildingId: string,
    @Query() query: PcnReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Buffer> {
    return sendFile(reply, await this.reports.pdf(tenant, buildingId, withLanguage(query, acceptLanguage)), PDF, 'pdf');
  }

  @Get('export/excel/:buildingId')
  @Roles(...READERS)
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'PCN report as Excel',
    description: 'The same report as an Excel workbook: summary, per-unit and expense sheets.',
    success: { binary: [XLSX] },
  })
  async excel(
    @Tenant() tenant: TenantContext,
    @Param('buildingId', uuidParam('buildingId')) buildingId: string,
    @Query() query: PcnReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Buffer> {
    return sendFile(
      reply,
      await this.reports.workbook(tenant, buildingId, withLanguage(query, acceptLanguage)),
      XLSX,
      'xlsx',
    );
  }

  @Get('export/csv/:buildingId')
  @Roles(...READERS)
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'PCN report table as CSV',
    description:
      'One table of the same report as CSV for spreadsheets: `table=accounts` (default; one line per account and a total line) or `table=units` (one line per unit and account). Semicolons between fields, a UTF-8 byte-order mark, amounts as plain decimals (comma in fr and nl, point in en). Named `pcn-<building>-<from>-<to>-<table>.csv`.',
    success: { binary: [CSV] },
  })
  async csv(
    @Tenant() tenant: TenantContext,
    @Param('buildingId', uuidParam('buildingId')) buildingId: string,
    @Query() query: PcnCsvQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Buffer> {
    const table = query.table ?? 'accounts';
    const file = await this.reports.csv(tenant, buildingId, withLanguage(query, acceptLanguage), table);
    return sendFile(reply, file, `${CSV}; charset=utf-8`, `${table}.csv`);
  }
}

function withLanguage(query: PcnReportQuery, acceptLanguage: string | undefined) {
  return { from: query.from, to: query.to, lang: query.lang ?? languageFrom(acceptLanguage, 'fr') };
}

function sendFile(reply: FastifyReply, file: PcnFile, contentType: string, extension: string): Buffer {
  const name = `pcn-${slugify(file.building.name) || 'building'}-${file.report.from}-${file.report.to}${extension.includes('.') ? `-${extension}` : `.${extension}`}`;
  return sendAttachment(reply, file.content, contentType, name);
}

import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { renderOffThread } from '../../../shared/pdf/render-pool';
import type { AnnualAccounts } from '../domain/annual-accounts';
import { AnnualAccountsContext, AnnualAccountsDocuments } from '../domain/annual-accounts-documents';
import { renderAnnualAccountsWorkbook } from './annual-accounts-excel.renderer';
import { renderAnnualAccountsPdf } from './annual-accounts-pdf.renderer';

/**
 * The annual accounts documents, rendered on a render thread (see render-pool.ts): the accounts and their context
 * cross as data and the document is built there, like the PCN report's.
 */
@Injectable()
export class AnnualAccountsFileRenderer extends AnnualAccountsDocuments {
  pdf(accounts: AnnualAccounts, context: AnnualAccountsContext): Promise<Buffer> {
    return renderOffThread(
      {
        module: join(__dirname, 'annual-accounts-pdf.renderer'),
        exportName: renderAnnualAccountsPdf.name,
        args: [accounts, context],
      },
      () => renderAnnualAccountsPdf(accounts, context),
    );
  }

  workbook(accounts: AnnualAccounts, context: AnnualAccountsContext): Promise<Buffer> {
    return renderOffThread(
      {
        module: join(__dirname, 'annual-accounts-excel.renderer'),
        exportName: renderAnnualAccountsWorkbook.name,
        args: [accounts, context],
      },
      () => renderAnnualAccountsWorkbook(accounts, context),
    );
  }
}

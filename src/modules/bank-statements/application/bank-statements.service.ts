import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { BuildingsService } from '@modules/buildings';
import { Clock, Page, ResourceNotFound, SortOrder, TenantContext } from '@shared/domain';
import { BankMovementSnapshot, BankStatementView, MovementStatus, statementToKeep } from '../domain/bank-statement';
import { StatementCurrencyUnsupported, SeveralStatementsInFile } from '../domain/bank-statement.errors';
import { BankStatementRepository, MovementSort, StatementSort } from '../domain/bank-statement.repository';
import { assertBalanced, readStatementFile, statementIdentity } from '../domain/statement-file';
import type { MatchInput } from '../domain/movement-matching';
import { readUpload, StatementUploadLimits } from '../domain/statement-upload';
import { MovementReconciliation } from './movement-reconciliation';

export interface ImportedStatement {
  readonly statement: BankStatementView;
  /** True when the organization already held this statement: nothing was written. */
  readonly alreadyImported: boolean;
}

export interface ListInput<TSort extends string> {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: TSort;
  readonly order?: SortOrder;
}

export interface ListMovementsInput extends ListInput<MovementSort> {
  readonly buildingId?: string;
  readonly status?: MovementStatus;
}

/**
 * Bank statements of a building's accounts (domain.md "Books"): a CODA or CAMT.053 file is read, refused when it is
 * not balanced, and kept once; its movements are then reconciled (`MovementReconciliation`). Every refusal of a file
 * comes before anything is stored.
 */
@Injectable()
export class BankStatementsService {
  constructor(
    private readonly repo: BankStatementRepository,
    private readonly buildings: BuildingsService,
    private readonly clock: Clock,
    private readonly limits: StatementUploadLimits,
    private readonly reconciliation: MovementReconciliation,
  ) {}

  /**
   * 404 for a building the caller cannot see; 413 past the size limit; 415 STATEMENT_FORMAT_UNKNOWN; 400
   * STATEMENT_MALFORMED; 422 STATEMENT_UNBALANCED, STATEMENT_FILE_HAS_SEVERAL, STATEMENT_CURRENCY_UNSUPPORTED.
   */
  async import(
    tenant: TenantContext,
    buildingId: string,
    content: AsyncIterable<Uint8Array>,
  ): Promise<ImportedStatement> {
    await this.buildings.assertExists(tenant, buildingId);
    const statements = readStatementFile(await readUpload(content, this.limits.maxBytes));
    if (statements.length !== 1) throw new SeveralStatementsInFile(statements.length);
    const parsed = statements[0]!;
    if (parsed.currency !== 'EUR') throw new StatementCurrencyUnsupported(parsed.currency);
    assertBalanced(parsed);
    const { statement, movements } = statementToKeep(
      parsed,
      {
        id: randomUUID(),
        organizationId: tenant.organizationId,
        buildingId,
        identity: createHash('sha256').update(statementIdentity(parsed)).digest('hex'),
        importedBy: tenant.userId,
      },
      this.clock.now(),
      randomUUID,
    );
    const kept = await this.repo.keep(statement, movements);
    if (!kept.created) return { statement: kept.statement, alreadyImported: true };
    await this.reconciliation.reconcileImported(tenant, kept.statement.id);
    const view = await this.repo.findById(tenant.organizationId, buildingId, kept.statement.id);
    return { statement: view ?? kept.statement, alreadyImported: false };
  }

  /** PUT /bank-movements/:id/match: see `MovementReconciliation.match`. */
  match(tenant: TenantContext, id: string, input: MatchInput): Promise<BankMovementSnapshot> {
    return this.reconciliation.match(tenant, id, input);
  }

  async get(tenant: TenantContext, buildingId: string, id: string): Promise<BankStatementView> {
    await this.buildings.assertExists(tenant, buildingId);
    const statement = await this.repo.findById(tenant.organizationId, buildingId, id);
    if (!statement) throw new ResourceNotFound('bank statement');
    return statement;
  }

  async list(
    tenant: TenantContext,
    buildingId: string,
    input: ListInput<StatementSort>,
  ): Promise<Page<BankStatementView>> {
    await this.buildings.assertExists(tenant, buildingId);
    return this.repo.list(tenant.organizationId, buildingId, {
      page: input.page,
      perPage: input.perPage,
      sort: input.sort ?? 'closingDate',
      order: input.order ?? 'desc',
    });
  }

  /** The reconciliation queue of the organization, or of one building; by status. */
  async movements(tenant: TenantContext, input: ListMovementsInput): Promise<Page<BankMovementSnapshot>> {
    if (input.buildingId) await this.buildings.assertExists(tenant, input.buildingId);
    return this.repo.movements(
      tenant.organizationId,
      { buildingId: input.buildingId, status: input.status },
      { page: input.page, perPage: input.perPage, sort: input.sort ?? 'bookingDate', order: input.order ?? 'desc' },
    );
  }
}

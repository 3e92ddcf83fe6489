import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { BuildingsService } from '@modules/buildings';
import { PaymentsService } from '@modules/funds';
import { Clock, DomainError, Page, ResourceNotFound, SortOrder, TenantContext } from '@shared/domain';
import {
  BankMovementSnapshot,
  BankStatementView,
  manualMatchRefusal,
  matchesOnImport,
  MovementStatus,
  statementToKeep,
} from '../domain/bank-statement';
import {
  MovementAlreadyMatched,
  MovementNotACredit,
  StatementCurrencyUnsupported,
  SeveralStatementsInFile,
} from '../domain/bank-statement.errors';
import { BankStatementRepository, MovementSort, StatementSort } from '../domain/bank-statement.repository';
import { assertBalanced, readStatementFile, statementIdentity } from '../domain/statement-file';
import { readUpload, StatementUploadLimits } from '../domain/statement-upload';

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
 * not balanced, and kept once. Each credit whose structured communication names a call item of the building becomes
 * that owner's payment (matched); the other movements wait in the reconciliation queue, where a credit can be matched
 * to an owner by hand. Every refusal of a file comes before anything is stored.
 *
 * Payments belong to the funds context, which records each in its own transaction: a movement is matched by locking
 * it, recording the payment, then marking it matched (see `BankStatementRepository.matchWith`).
 */
@Injectable()
export class BankStatementsService {
  constructor(
    private readonly repo: BankStatementRepository,
    private readonly buildings: BuildingsService,
    private readonly clock: Clock,
    private readonly limits: StatementUploadLimits,
    private readonly payments: PaymentsService,
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
    const matched = await this.matchOnImport(tenant, kept.statement.id);
    if (!matched) return { statement: kept.statement, alreadyImported: false };
    const view = await this.repo.findById(tenant.organizationId, buildingId, kept.statement.id);
    return { statement: view ?? kept.statement, alreadyImported: false };
  }

  /**
   * PUT /bank-movements/:id/match {ownerId}: the credit becomes the owner's payment (its structured communication,
   * if any, must not name another owner's item; then the owner's oldest due items) and the movement is matched.
   * 404 for a movement or an owner of another organization; 409 MOVEMENT_ALREADY_MATCHED; 422 MOVEMENT_NOT_A_CREDIT;
   * the funds context's refusals (409 PERIOD_CLOSED, 422 PAYMENT_OWNER_MISMATCH) leave the movement unmatched.
   */
  async matchToOwner(tenant: TenantContext, id: string, ownerId: string): Promise<BankMovementSnapshot> {
    const movement = await this.repo.matchWith(tenant.organizationId, id, async (locked) => {
      const refusal = manualMatchRefusal(locked);
      if (refusal === 'already_matched') throw new MovementAlreadyMatched();
      if (refusal === 'not_a_credit') throw new MovementNotACredit(locked.amountCents);
      return (await this.recordPayment(tenant, locked, ownerId)).id;
    });
    if (!movement) throw new ResourceNotFound('bank movement');
    return movement;
  }

  /** How many of the statement's credits became payments: those whose OGM names a call item of the building. */
  private async matchOnImport(tenant: TenantContext, statementId: string): Promise<number> {
    let matched = 0;
    for (const movement of await this.repo.movementsOf(tenant.organizationId, statementId)) {
      if (!matchesOnImport(movement)) continue;
      const marked = await this.repo.matchWith(tenant.organizationId, movement.id, async (locked) => {
        if (!matchesOnImport(locked)) return null;
        try {
          return (await this.recordPayment(tenant, locked, null)).id;
        } catch (error) {
          // Not a known OGM of the building (PAYMENT_UNIDENTIFIED), or a payment the books refuse (PERIOD_CLOSED):
          // the movement waits in the queue for a person to decide.
          if (error instanceof DomainError) return null;
          throw error;
        }
      });
      if (marked?.status === 'matched') matched += 1;
    }
    return matched;
  }

  private recordPayment(tenant: TenantContext, movement: BankMovementSnapshot, ownerId: string | null) {
    return this.payments.record(tenant, {
      buildingId: movement.buildingId,
      amountCents: movement.amountCents,
      paidOn: movement.bookingDate,
      ogm: movement.ogm,
      ownerId,
      counterpartyIban: movement.counterpartyIban,
    });
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

import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { ExpensesService } from '@modules/expenses';
import { MeetingsService } from '@modules/meetings';
import type { TenantContext } from '@shared/domain';
import { DocumentLinks } from '../domain/document-links';

/** Links checked through the other contexts' facades only. */
@Injectable()
export class FacadeDocumentLinks extends DocumentLinks {
  constructor(
    private readonly buildings: BuildingsService,
    private readonly meetings: MeetingsService,
    private readonly expenses: ExpensesService,
  ) {
    super();
  }

  assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void> {
    return this.buildings.assertExists(tenant, buildingId);
  }

  visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null> {
    return this.buildings.visibleBuildingIds(tenant);
  }

  assertMeetingInBuilding(tenant: TenantContext, meetingId: string, buildingId: string): Promise<void> {
    return this.meetings.assertInBuilding(tenant, meetingId, buildingId);
  }

  assertExpenseInBuilding(tenant: TenantContext, expenseId: string, buildingId: string): Promise<void> {
    return this.expenses.assertInBuilding(tenant, expenseId, buildingId);
  }
}

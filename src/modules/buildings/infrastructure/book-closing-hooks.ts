import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '../../../shared/domain';
import type { SqlTransaction } from '../../../shared/persistence/sql-transaction';

/** A closing about to lock a building's books, inside its transaction (the building row is held). */
export interface BookClosingEvent {
  readonly organizationId: string;
  readonly buildingId: string;
  readonly closingId: string;
  /** The last day of the closed books. */
  readonly until: CalendarDate;
  /** The previous closing's last day, or null. */
  readonly lastUntil: CalendarDate | null;
}

export type BookClosingHook = (tx: SqlTransaction, event: BookClosingEvent) => Promise<void>;

/**
 * What other contexts write when books close, in the closing's transaction and before the period locks (the
 * accounting context posts the year-end entry there): they register here, as the buildings context cannot depend on
 * them. A hook that throws fails the closing.
 */
@Injectable()
export class BookClosingHooks {
  private readonly hooks: BookClosingHook[] = [];

  register(hook: BookClosingHook): void {
    this.hooks.push(hook);
  }

  async run(tx: SqlTransaction, event: BookClosingEvent): Promise<void> {
    for (const hook of this.hooks) await hook(tx, event);
  }
}

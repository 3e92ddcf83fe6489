import type { CalendarDate, Page, PageRequest } from '../../../shared/domain';
import type { BookClosingSnapshot } from './book-closing';

/** The closings of a building's books, newest first. Closings are only ever added. */
export abstract class BookClosingRepository {
  /**
   * Locks the building row (every dated write takes it in share mode, so the closing and such writes queue up), lets
   * `close` build the closing from the building's last closing day, and stores it. Null when there is no such
   * building in the organization.
   */
  abstract close(
    organizationId: string,
    buildingId: string,
    close: (lastUntil: CalendarDate | null) => BookClosingSnapshot,
  ): Promise<BookClosingSnapshot | null>;
  /** The building's closings, newest first; null when there is no such building. */
  abstract list(
    organizationId: string,
    buildingId: string,
    page: PageRequest<'until'>,
  ): Promise<Page<BookClosingSnapshot> | null>;
  /** One closing of the building by its id; null when there is none. */
  abstract findById(organizationId: string, buildingId: string, id: string): Promise<BookClosingSnapshot | null>;
}

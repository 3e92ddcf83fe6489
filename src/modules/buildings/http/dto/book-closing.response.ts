import type { BookClosingSnapshot } from '../../domain/book-closing';

export class BookClosingResponse {
  id!: string;
  buildingId!: string;
  /** The last day of the closed books (inclusive), YYYY-MM-DD. */
  until!: string;
  closedAt!: string;
  /** The user who closed the books. */
  closedBy!: string;
  /** The assembly decision that approved the accounts. */
  note!: string | null;

  static from(s: BookClosingSnapshot): BookClosingResponse {
    return {
      id: s.id,
      buildingId: s.buildingId,
      until: s.until,
      closedAt: new Date(s.closedAt).toISOString(),
      closedBy: s.closedBy,
      note: s.note,
    };
  }
}

/** How an owner took part in the assembly, as the signed attendance list records it (art. 3.87 §5 and §7). */
export const ATTENDANCE_STATUSES = ['present', 'represented', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** One line of the attendance list: a represented owner names the holder of its written proxy. */
export interface AttendanceEntry {
  readonly ownerId: string;
  readonly status: AttendanceStatus;
  /** A co-owner holding the proxy. */
  readonly proxyHolderOwnerId: string | null;
  /** Someone outside the co-ownership holding the proxy, by name. */
  readonly proxyHolderName: string | null;
}

/** The votes a unit carries at an assembly: its quota on the assembly's date, cast by one owner or suspended. */
export interface VotingRight {
  readonly unitId: string;
  /** The sole owner or the representative of a jointly held unit; null: jointly held without one (suspended). */
  readonly ownerId: string | null;
  readonly votes: number;
}

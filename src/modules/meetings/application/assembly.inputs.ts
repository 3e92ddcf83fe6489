import type { CalendarDate, SortOrder } from '../../../shared/domain';
import type { AttendanceStatus } from '../domain/attendance';
import type { DispatchSort } from '../domain/assembly.repository';
import type { DispatchChannel } from '../domain/dispatch';

export interface ConvokeInput {
  /** The day the letters leave (Brussels calendar day); today when absent. */
  readonly sentOn?: CalendarDate;
  /** One channel for every owner; else each owner's own (e-mail while its written consent is in force). */
  readonly channel?: DispatchChannel;
}

export interface DispatchListInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: DispatchSort;
  readonly order?: SortOrder;
}

export interface AttendanceInput {
  readonly ownerId: string;
  readonly status: AttendanceStatus;
  readonly proxyHolder?: { readonly ownerId?: string; readonly name?: string } | null;
}

export interface OpeningInput {
  readonly chair?: string | null;
  readonly secretary?: string | null;
}

export interface SecondConvocationRequestInput {
  /** ISO 8601 timestamp with a zone. */
  readonly scheduledAt: string;
  readonly location: string;
  readonly agendaItemIds?: readonly string[];
}

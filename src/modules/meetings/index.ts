export { MeetingsModule } from './meetings.module';
export { MeetingsService } from './application/meetings.service';
export type { MeetingSnapshot, MeetingStatus, MeetingType } from './domain/meeting';
export type { AgendaItemSnapshot } from './domain/agenda';

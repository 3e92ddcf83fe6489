export { MeetingsModule } from './meetings.module';
export { MeetingsService } from './application/meetings.service';
export type { MeetingSnapshot, MeetingStatus, MeetingType } from './domain/meeting';
export type { AgendaItemSnapshot } from './domain/agenda';
export type { AttendanceEntry, AttendanceStatus, VotingRight } from './domain/attendance';
export type { DispatchChannel, DispatchSnapshot } from './domain/dispatch';
// The assembly rules (Civil Code art. 3.87), plain functions other contexts and the specifications may call.
export {
  ASSEMBLY_DELAYS,
  challengeDeadline,
  checkConvocationNotice,
  minutesDueOn,
  requiredNoticeDays,
  type NoticeWarning,
} from './domain/convocation-rules';
export { quorumOf, quorumVerdict, type QuorumBranch, type QuorumReport, type QuorumVerdict } from './domain/quorum';
export { assertAttendanceShape, assertProxyLimits, PROXY_LIMITS } from './domain/proxies';
export { MAJORITIES } from './domain/majority';
export type { Majority } from './domain/majority';
export { assemblyRoll } from './domain/assembly-roll';
export { tally } from './domain/tally';
export type { BallotChoice, TallyResult } from './domain/tally';

import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { IdentityModule } from '@modules/identity';
import { ConvocationService } from './application/convocation.service';
import { MeetingAgendaService } from './application/meeting-agenda.service';
import { MeetingsService } from './application/meetings.service';
import { ConvocationRenderer } from './domain/convocation';
import { MeetingRepository } from './domain/meeting.repository';
import { BuildingMeetingsController } from './http/building-meetings.controller';
import { MeetingAgendaController } from './http/meeting-agenda.controller';
import { registerMeetingProblems } from './http/meeting-problems';
import { MeetingsController } from './http/meetings.controller';
import { PdfmakeConvocationRenderer } from './infrastructure/pdfmake-convocation.renderer';
import { PostgresMeetingRepository } from './infrastructure/postgres-meeting.repository';

/** General assemblies: meetings, their agenda, the 15-day convocation rule and the convocation letter. */
@Module({
  imports: [BuildingsModule, IdentityModule],
  controllers: [MeetingsController, MeetingAgendaController, BuildingMeetingsController],
  providers: [
    MeetingsService,
    MeetingAgendaService,
    ConvocationService,
    { provide: MeetingRepository, useClass: PostgresMeetingRepository },
    { provide: ConvocationRenderer, useClass: PdfmakeConvocationRenderer },
  ],
  exports: [MeetingsService],
})
export class MeetingsModule {
  constructor() {
    registerMeetingProblems();
  }
}

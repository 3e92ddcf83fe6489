import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { UnitsModule } from '@modules/units';
import { ConvocationService } from './application/convocation.service';
import { MeetingAgendaService } from './application/meeting-agenda.service';
import { MeetingsService } from './application/meetings.service';
import { MinutesService } from './application/minutes.service';
import { ResolutionsService } from './application/resolutions.service';
import { ConvocationRenderer } from './domain/convocation';
import { MeetingRepository } from './domain/meeting.repository';
import { MinutesRenderer } from './domain/minutes';
import { AssemblyRollReader, ResolutionRepository } from './domain/resolution.repository';
import { BuildingMeetingsController } from './http/building-meetings.controller';
import { MeetingAgendaController } from './http/meeting-agenda.controller';
import { registerMeetingProblems } from './http/meeting-problems';
import { MeetingsController } from './http/meetings.controller';
import { registerResolutionProblems } from './http/resolution-problems';
import { ResolutionsController } from './http/resolutions.controller';
import { PdfmakeConvocationRenderer } from './infrastructure/pdfmake-convocation.renderer';
import { PdfmakeMinutesRenderer } from './infrastructure/pdfmake-minutes.renderer';
import { PostgresMeetingRepository } from './infrastructure/postgres-meeting.repository';
import {
  PostgresAssemblyRollReader,
  PostgresResolutionRepository,
} from './infrastructure/postgres-resolution.repository';

/** General assemblies: meetings, their agenda, the 15-day convocation rule and the convocation letter. */
@Module({
  imports: [BuildingsModule, IdentityModule, OwnersModule, UnitsModule],
  controllers: [MeetingsController, MeetingAgendaController, BuildingMeetingsController, ResolutionsController],
  providers: [
    MeetingsService,
    MeetingAgendaService,
    ConvocationService,
    ResolutionsService,
    MinutesService,
    { provide: MeetingRepository, useClass: PostgresMeetingRepository },
    { provide: ConvocationRenderer, useClass: PdfmakeConvocationRenderer },
    { provide: ResolutionRepository, useClass: PostgresResolutionRepository },
    { provide: AssemblyRollReader, useClass: PostgresAssemblyRollReader },
    { provide: MinutesRenderer, useClass: PdfmakeMinutesRenderer },
  ],
  exports: [MeetingsService],
})
export class MeetingsModule {
  constructor() {
    registerMeetingProblems();
    registerResolutionProblems();
  }
}

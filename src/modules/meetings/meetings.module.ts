import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { UnitsModule } from '@modules/units';
import { AssemblyRegistry } from './application/assembly-registry';
import { AssemblyService } from './application/assembly.service';
import { AssemblyRepository } from './domain/assembly.repository';
import { AssemblyController } from './http/assembly.controller';
import { PostgresAssemblyRepository } from './infrastructure/postgres-assembly.repository';
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

/**
 * General assemblies: meetings and their agenda, the convocation register with the notice rule, attendance with
 * proxies, the double quorum and the opening, the second convocation, resolutions with their majorities and the vote
 * cap, the convocation letters and the minutes.
 */
@Module({
  imports: [BuildingsModule, IdentityModule, UnitsModule, OwnersModule],
  controllers: [
    MeetingsController,
    AssemblyController,
    ResolutionsController,
    MeetingAgendaController,
    BuildingMeetingsController,
  ],
  providers: [
    MeetingsService,
    AssemblyService,
    AssemblyRegistry,
    { provide: AssemblyRepository, useClass: PostgresAssemblyRepository },
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

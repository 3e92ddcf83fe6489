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
import { ConvocationRenderer } from './domain/convocation';
import { MeetingRepository } from './domain/meeting.repository';
import { BuildingMeetingsController } from './http/building-meetings.controller';
import { MeetingAgendaController } from './http/meeting-agenda.controller';
import { registerMeetingProblems } from './http/meeting-problems';
import { MeetingsController } from './http/meetings.controller';
import { PdfmakeConvocationRenderer } from './infrastructure/pdfmake-convocation.renderer';
import { PostgresMeetingRepository } from './infrastructure/postgres-meeting.repository';

/**
 * General assemblies: meetings and their agenda, the convocation register with the notice rule, attendance with
 * proxies, the double quorum and the opening, the second convocation, and the convocation letters.
 */
@Module({
  imports: [BuildingsModule, IdentityModule, UnitsModule, OwnersModule],
  controllers: [MeetingsController, AssemblyController, MeetingAgendaController, BuildingMeetingsController],
  providers: [
    MeetingsService,
    AssemblyService,
    AssemblyRegistry,
    { provide: AssemblyRepository, useClass: PostgresAssemblyRepository },
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

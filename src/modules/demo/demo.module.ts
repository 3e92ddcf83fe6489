import { Module } from '@nestjs/common';
import { BuildingsModule } from '../buildings';
import { DocumentsModule } from '../documents';
import { ExpensesModule } from '../expenses';
import { FundsModule } from '../funds';
import { IdentityModule } from '../identity';
import { MeetingsModule } from '../meetings';
import { OwnersModule } from '../owners';
import { UnitsModule } from '../units';
import { DemoActivity } from './application/demo-activity';
import { DemoDataService } from './application/demo-data.service';
import { DemoMoney } from './application/demo-money';
import { SeedController } from './http/seed.controller';

/** The demo data set, loaded through every context's own services. */
@Module({
  imports: [
    IdentityModule,
    BuildingsModule,
    UnitsModule,
    OwnersModule,
    ExpensesModule,
    MeetingsModule,
    DocumentsModule,
    FundsModule,
  ],
  controllers: [SeedController],
  providers: [DemoDataService, DemoActivity, DemoMoney],
  exports: [DemoDataService],
})
export class DemoModule {}

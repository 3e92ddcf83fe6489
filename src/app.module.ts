import { DynamicModule, Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/app-config';
import { AccountingModule } from './modules/accounting';
import { AuthModule } from './modules/auth';
import { BankStatementsModule } from './modules/bank-statements';
import { DemoModule } from './modules/demo';
import { BuildingsModule } from './modules/buildings';
import { DocumentsModule } from './modules/documents';
import { ExpensesModule } from './modules/expenses';
import { FundsModule } from './modules/funds';
import { IdentityModule } from './modules/identity';
import { MeetingsModule } from './modules/meetings';
import { OwnersModule } from './modules/owners';
import { PcnModule } from './modules/pcn';
import { PlatformModule } from './modules/platform';
import { UnitsModule } from './modules/units';
import { PersonalDataCipher } from './shared/crypto/personal-data-cipher';
import { Clock } from './shared/domain/clock';
import { ACCESS_TOKEN_TTL_SECONDS } from './shared/http/access-token';
import { JwtTenantGuard } from './shared/http/jwt-tenant.guard';
import { loggerOptions } from './shared/http/logging';
import { ProblemFilter } from './shared/http/problem.filter';
import { PersistenceModule, PersistenceSettings } from './shared/persistence/persistence.module';
import { SystemClock } from './shared/time/system.clock';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: PersistenceSettings): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        PersistenceModule.forRoot(database),
        JwtModule.register({
          global: true,
          // A KeyObject, not a string: given a string, jsonwebtoken first tries to parse it as a public key on every
          // sign and verify, which cost more than a third of the CPU of an authenticated read.
          secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
          signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        PlatformModule,
        IdentityModule,
        AuthModule,
        BuildingsModule,
        ExpensesModule,
        UnitsModule,
        PcnModule,
        OwnersModule,
        MeetingsModule,
        DocumentsModule,
        FundsModule,
        DemoModule,
        BankStatementsModule,
        AccountingModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: PersonalDataCipher, useValue: new PersonalDataCipher(config) },
        { provide: Clock, useClass: SystemClock },
        { provide: APP_GUARD, useClass: JwtTenantGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [AppConfig, PersonalDataCipher, Clock],
    };
  }
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('organizations')
export class OrganizationOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar') name!: string;
  @Column('varchar') slug!: string;
  @Column('varchar') contactEmail!: string;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity('users')
export class UserOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) organizationId!: string | null;
  @Column('char') emailHash!: string;
  @Column('text') emailCipher!: string;
  @Column('text') passwordHash!: string;
  @Column('varchar') firstName!: string;
  @Column('varchar') lastName!: string;
  @Column('varchar') role!: string;
  @Column('boolean') active!: boolean;
  @Column('timestamptz', { nullable: true }) anonymizedAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

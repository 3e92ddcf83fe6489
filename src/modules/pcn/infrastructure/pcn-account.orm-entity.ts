import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('pcn_accounts')
export class PcnAccountOrmEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @PrimaryColumn('char', { length: 6 }) code!: string;
  @Column('varchar') labelFr!: string;
  @Column('varchar') labelNl!: string;
  @Column('varchar', { nullable: true }) labelEn!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('expenses')
export class ExpenseOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') buildingId!: string;
  @Column('varchar') category!: string;
  @Column('varchar') description!: string;
  /** bigint: the driver hands it over as a string. */
  @Column('bigint') amountCents!: string;
  @Column('smallint', { nullable: true }) vatRate!: number | null;
  @Column('date') expenseDate!: string;
  @Column('date', { nullable: true }) dueDate!: string | null;
  @Column('varchar', { nullable: true }) supplier!: string | null;
  @Column('varchar', { nullable: true }) invoiceNumber!: string | null;
  @Column('char') accountCode!: string;
  @Column('varchar') status!: string;
  @Column('timestamptz', { nullable: true }) paidAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

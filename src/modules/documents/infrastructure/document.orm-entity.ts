import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('documents')
export class DocumentOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') buildingId!: string;
  @Column('varchar') type!: string;
  @Column('varchar') title!: string;
  @Column('varchar') originalFileName!: string;
  @Column('varchar') mimeType!: string;
  /** bigint: the driver hands it over as a string. */
  @Column('bigint') sizeBytes!: string;
  @Column('char') sha256!: string;
  @Column('varchar') storageKey!: string;
  @Column('varchar') visibility!: string;
  @Column('uuid', { nullable: true }) meetingId!: string | null;
  @Column('uuid', { nullable: true }) expenseId!: string | null;
  @Column('uuid') uploadedBy!: string;
  @Column('timestamptz') createdAt!: Date;
}

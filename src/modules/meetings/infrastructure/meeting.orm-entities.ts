import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('meetings')
export class MeetingOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') buildingId!: string;
  @Column('varchar') type!: string;
  @Column('varchar') title!: string;
  @Column('timestamptz') scheduledAt!: Date;
  @Column('varchar') location!: string;
  @Column('varchar', { nullable: true }) remoteUrl!: string | null;
  @Column('varchar') status!: string;
  @Column('boolean') isSecondConvocation!: boolean;
  @Column('uuid', { nullable: true }) firstMeetingId!: string | null;
  @Column('boolean') urgent!: boolean;
  @Column('varchar', { nullable: true }) urgencyReason!: string | null;
  @Column('varchar', { nullable: true }) cancellationReason!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity('meeting_agenda_items')
export class MeetingAgendaItemOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') meetingId!: string;
  @Column('integer') position!: number;
  @Column('varchar') title!: string;
  @Column('varchar', { nullable: true }) description!: string | null;
}

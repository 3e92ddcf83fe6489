import { AgendaOrderMismatch, AgendaTooLong, InvalidMeeting } from './meeting.errors';
import { ResourceNotFound } from '../../../shared/domain';

export const MAX_AGENDA_ITEMS = 100;
const MAX_TITLE = 255;
const MAX_DESCRIPTION = 4000;

/**
 * One point of the agenda: only agenda items can be voted on. Its id is stable; its position runs 1..n. `title` and
 * `description` are the French text; `titleNl` and `descriptionNl` the Dutch one (a Dutch letter falls back to the
 * French text only where no Dutch text was given).
 */
export interface AgendaItemSnapshot {
  readonly id: string;
  readonly position: number;
  readonly title: string;
  readonly description: string | null;
  readonly titleNl: string | null;
  readonly descriptionNl: string | null;
}

export interface AgendaItemInput {
  readonly title: string;
  readonly description?: string | null;
  readonly titleNl?: string | null;
  readonly descriptionNl?: string | null;
}

/** The ordered agenda of a meeting, kept numbered 1..n after every change. */
export class Agenda {
  private constructor(private readonly items: readonly AgendaItemSnapshot[]) {}

  static of(inputs: ReadonlyArray<AgendaItemInput & { id: string }>): Agenda {
    if (inputs.length > MAX_AGENDA_ITEMS) throw new AgendaTooLong(MAX_AGENDA_ITEMS);
    return new Agenda(inputs.map((input, index) => ({ id: input.id, position: index + 1, ...checkedItem(input) })));
  }

  static restore(items: readonly AgendaItemSnapshot[]): Agenda {
    return new Agenda([...items].sort((a, b) => a.position - b.position));
  }

  add(id: string, input: AgendaItemInput): Agenda {
    if (this.items.length >= MAX_AGENDA_ITEMS) throw new AgendaTooLong(MAX_AGENDA_ITEMS);
    return new Agenda([...this.items, { id, position: this.items.length + 1, ...checkedItem(input) }]);
  }

  edit(id: string, input: AgendaItemInput): Agenda {
    this.find(id);
    return new Agenda(this.items.map((item) => (item.id === id ? { ...item, ...checkedItem(input) } : item)));
  }

  remove(id: string): Agenda {
    this.find(id);
    return Agenda.renumbered(this.items.filter((item) => item.id !== id));
  }

  /** `ids` must be a permutation of the current item ids. */
  reorder(ids: readonly string[]): Agenda {
    const current = new Set(this.items.map((item) => item.id));
    if (ids.length !== current.size || new Set(ids).size !== ids.length || !ids.every((id) => current.has(id))) {
      throw new AgendaOrderMismatch();
    }
    return Agenda.renumbered(ids.map((id) => this.find(id)));
  }

  find(id: string): AgendaItemSnapshot {
    const item = this.items.find((candidate) => candidate.id === id);
    if (!item) throw new ResourceNotFound('agenda item');
    return item;
  }

  toSnapshot(): readonly AgendaItemSnapshot[] {
    return this.items.map((item) => ({ ...item }));
  }

  private static renumbered(items: readonly AgendaItemSnapshot[]): Agenda {
    return new Agenda(items.map((item, index) => ({ ...item, position: index + 1 })));
  }
}

type ItemTexts = Pick<AgendaItemSnapshot, 'title' | 'description' | 'titleNl' | 'descriptionNl'>;

function checkedItem(input: AgendaItemInput): ItemTexts {
  const title = input.title.trim();
  if (!title || title.length > MAX_TITLE) throw new InvalidMeeting('title', `must have 1 to ${MAX_TITLE} characters`);
  const titleNl = input.titleNl?.trim() || null;
  if (titleNl && titleNl.length > MAX_TITLE) {
    throw new InvalidMeeting('titleNl', `must have 1 to ${MAX_TITLE} characters`);
  }
  return {
    title,
    description: checkedDescription('description', input.description),
    titleNl,
    descriptionNl: checkedDescription('descriptionNl', input.descriptionNl),
  };
}

function checkedDescription(field: string, value: string | null | undefined): string | null {
  const description = value?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION) {
    throw new InvalidMeeting(field, `must have at most ${MAX_DESCRIPTION} characters`);
  }
  return description;
}

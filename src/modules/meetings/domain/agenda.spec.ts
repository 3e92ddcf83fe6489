import { randomUUID } from 'node:crypto';
import { ResourceNotFound } from '../../../shared/domain';
import { Agenda, MAX_AGENDA_ITEMS } from './agenda';
import { AgendaOrderMismatch, AgendaTooLong, InvalidMeeting } from './meeting.errors';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: randomUUID(), title: `Point ${i + 1}` }));

describe('Agenda', () => {
  it('numbers items 1..n in the given order', () => {
    const input = items(3);
    expect(Agenda.of(input).toSnapshot()).toEqual(
      input.map((item, i) => ({ ...item, position: i + 1, description: null, titleNl: null, descriptionNl: null })),
    );
  });

  it('accepts a reorder only when it is a permutation of the current ids', () => {
    const input = items(3);
    const agenda = Agenda.of(input);
    const [a, b, c] = input.map((item) => item.id) as [string, string, string];
    expect(
      agenda
        .reorder([b, c, a])
        .toSnapshot()
        .map((item) => item.id),
    ).toEqual([b, c, a]);
    for (const wrong of [
      [a, b],
      [a, b, c, c],
      [a, b, randomUUID()],
      [a, a, b],
    ]) {
      expect(() => agenda.reorder(wrong)).toThrow(AgendaOrderMismatch);
    }
    expect(Agenda.of([]).reorder([]).toSnapshot()).toEqual([]);
  });

  it('answers not found for an unknown item', () => {
    const agenda = Agenda.of(items(1));
    expect(() => agenda.edit(randomUUID(), { title: 'x' })).toThrow(ResourceNotFound);
    expect(() => agenda.remove(randomUUID())).toThrow(ResourceNotFound);
  });

  it('keeps titles and descriptions within bounds, and at most 100 items', () => {
    const agenda = Agenda.of(items(1));
    expect(() => agenda.add(randomUUID(), { title: '' })).toThrow(InvalidMeeting);
    expect(() => agenda.add(randomUUID(), { title: 'x'.repeat(256) })).toThrow(InvalidMeeting);
    expect(() => agenda.add(randomUUID(), { title: 'ok', description: 'x'.repeat(4001) })).toThrow(/description/);
    expect(agenda.add(randomUUID(), { title: 'ok', description: '   ' }).toSnapshot()[1]?.description).toBeNull();
    expect(() => Agenda.of(items(MAX_AGENDA_ITEMS + 1))).toThrow(AgendaTooLong);
    expect(() => Agenda.of(items(MAX_AGENDA_ITEMS)).add(randomUUID(), { title: 'one more' })).toThrow(AgendaTooLong);
  });
});

// Zoom's Get session details answers three shapes depending on `type`; the contract must take each
// real one and still catch a broken one. (The mutation suite covers fields; this covers the shapes.)
import { describe, expect, it } from 'vitest';
import { createSpecValidator, deref, describeErrors } from './support/openapi-ajv.js';

const zoom = createSpecValidator('zoom-videosdk');
const schema = zoom.responseSchema('getSession', 200);
const example = (name: string) =>
  structuredClone(
    deref(
      zoom.doc,
      zoom.doc.paths['/videosdk/sessions/{sessionId}'].get.responses['200'].content['application/json']
        .examples[name],
    ).value,
  );
const without = (value: Record<string, unknown>, ...keys: string[]) => {
  for (const key of keys) delete value[key];
  return value;
};

describe('getSession: what each type guarantees', () => {
  it.each(['past', 'live', 'scheduled'])('the %s example is accepted', (name) => {
    const errors = zoom.validate(schema, example(name));
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it('a scheduled session needs no start_time, duration or user_count', () => {
    const scheduled = example('scheduled');
    expect(scheduled).not.toHaveProperty('start_time');
    expect(zoom.validate(schema, { id: 'x', session_name: 'n', settings: {} })).toEqual([]);
  });

  it.each([
    ['a scheduled session without settings', 'scheduled', ['settings']],
    ['a live session without start_time', 'live', ['start_time']],
    ['a past session without duration', 'past', ['duration']],
    ['a past session without user_count', 'past', ['user_count']],
    ['any session without its id', 'scheduled', ['id']],
  ] as const)('%s is rejected', (_name, base, drop) => {
    expect(zoom.validate(schema, without(example(base), ...drop))).not.toEqual([]);
  });

  it("Zoom's published example, which mixes both shapes, is accepted", () => {
    const mixed = { ...example('past'), settings: example('scheduled').settings };
    expect(zoom.validate(schema, mixed)).toEqual([]);
  });

  it('settings are checked: an unknown auto_recording or dial-in type is rejected', () => {
    const scheduled = example('scheduled');
    scheduled.settings.auto_recording = 'local';
    expect(zoom.validate(schema, scheduled)).not.toEqual([]);
    const other = example('scheduled');
    other.settings.global_dial_in_numbers[0].type = 'mobile';
    expect(zoom.validate(schema, other)).not.toEqual([]);
  });
});

/**
 * `live` finds path ids where the spec's `links` say: runtime expressions evaluated against the
 * request and the response, `x-rtc-map-keys` for a map keyed by ids, and a linked operation's
 * parameters used together (before any same-named id found elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { evaluateExpression, linkParameters, PathIds } from '../dist/live-ids.js';
import type { ManifestLink } from '../dist/manifest.js';
import { loadValidators } from '../dist/validators.js';

const source = {
  path: { room_id: 'room-1' },
  body: { users: [{ id: 42 }, { id: 'b' }], peers: { 'peer-9': { id: 'peer-9' } }, empty: '' },
};

describe('spec links', () => {
  it('evaluates $request.path, $response.body#pointer and constants; nothing else', () => {
    expect(evaluateExpression('$request.path.room_id', source)).toBe('room-1');
    expect(evaluateExpression('$response.body#/users/0/id', source)).toBe('42');
    expect(evaluateExpression('$response.body#/users/1/id', source)).toBe('b');
    expect(evaluateExpression('$response.body#/users/5/id', source)).toBeUndefined();
    expect(evaluateExpression('$response.body#/empty', source)).toBeUndefined();
    expect(evaluateExpression('$response.body#/peers', source)).toBeUndefined();
    expect(evaluateExpression('$request.header.x-id', source)).toBeUndefined();
    expect(evaluateExpression('fixed', source)).toBe('fixed');
  });

  it('a link gives all of its parameters or none; x-rtc-map-keys takes a key of the map', () => {
    const link: ManifestLink = {
      operationId: 'getActiveRoomPeer',
      parameters: { room_id: '$request.path.room_id' },
      mapKeys: { peer_id: '$response.body#/peers' },
    };
    expect(linkParameters(link, source)).toEqual({ room_id: 'room-1', peer_id: 'peer-9' });
    expect(linkParameters(link, { ...source, body: { peers: {} } })).toBeUndefined();
    expect(linkParameters(link, { ...source, body: { peers: ['peer-9'] } })).toBeUndefined();
  });

  it('the bundled specs carry the links, and a linked set wins over a same-named id seen elsewhere', async () => {
    const validators = await loadValidators();
    const ops = validators.operations('100ms');
    const list = ops.find((op) => op.operationId === 'listActiveRoomPeers');
    const get = ops.find((op) => op.operationId === 'getActiveRoomPeer');
    if (!list || !get) throw new Error('100ms peer operations missing');
    expect(list.links).toEqual([
      {
        operationId: 'getActiveRoomPeer',
        parameters: { room_id: '$request.path.room_id' },
        mapKeys: { peer_id: '$response.body#/peers' },
      },
    ]);
    const ids = new PathIds({}, []);
    ids.seed('room_id', 'another-room');
    expect(ids.resolve(get)).toEqual({ ok: false, missing: 'peer_id' });
    ids.learn(list, source);
    expect(ids.resolve(get)).toEqual({ ok: true, params: { room_id: 'room-1', peer_id: 'peer-9' } });
    // --param still wins.
    const given = new PathIds({ peer_id: 'given' }, []);
    given.learn(list, source);
    expect(given.resolve(get)).toEqual({ ok: true, params: { room_id: 'room-1', peer_id: 'given' } });
  });
});

import { describe, expect, it } from 'vitest';
import { toServerDoc } from './serverDocs';

describe('toServerDoc', () => {
  it('keeps the CouchDB _id as the key and the entity id in the body', () => {
    expect(toServerDoc({ _id: 'card:CK1', id: 'CK1', kind: 'card', loop: 'LP1', _deleted: false })).toEqual({
      id: 'card:CK1',
      kind: 'card',
      body: { id: 'CK1', loop: 'LP1' },
      _deleted: false,
    });
  });

  it('accepts a document whose _id was already moved into id', () => {
    expect(toServerDoc({ id: 'site-settings:demo', kind: 'site-settings', _deleted: true })).toEqual({
      id: 'site-settings:demo',
      kind: 'site-settings',
      body: {},
      _deleted: true,
    });
  });
});

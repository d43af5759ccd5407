import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS, actionButtons, buildCommand } from './actions.js';

describe('actionButtons', () => {
  it('keeps only what the server allows, step forward first', () => {
    expect(actionButtons(['reject', 'transfer', 'receive', 'assign'])).toEqual(['receive', 'transfer', 'reject']);
    expect(actionButtons([])).toEqual([]);
  });

  it('offers to confirm the ward only near a border, once', () => {
    expect(actionButtons(['confirm_ward'])).toEqual([]);
    expect(actionButtons(['confirm_ward'], { nearBorder: true, wardConfirmedAt: null })).toEqual(['confirm_ward']);
    expect(actionButtons(['confirm_ward'], { nearBorder: true, wardConfirmedAt: '2026-03-02T00:00:00Z' })).toEqual([]);
  });

  it('has a form for every action it can show', () => {
    for (const a of actionButtons(Object.keys(ACTION_FIELDS), { nearBorder: true }))
      expect(ACTION_FIELDS[a]).toBeDefined();
  });
});

describe('buildCommand', () => {
  it('builds one-click actions', () => {
    expect(buildCommand('receive', {})).toEqual({ ok: true, command: { action: 'receive' } });
  });

  it('names the fields the server would refuse', () => {
    expect(buildCommand('reject', { reason: ' ' })).toEqual({ ok: false, problems: ['reason'], photoMissing: false });
    const transfer = buildCommand('transfer', { reason: 'Đường do Sở quản lý' });
    expect(transfer).toMatchObject({ ok: false, problems: ['unitCode'] });
  });

  it('trims the note and sends only the fields of the action', () => {
    const built = buildCommand('resolve', { note: '  Đã dọn sạch  ', reason: 'x', unitCode: 'SXD' });
    expect(built).toEqual({ ok: true, command: { action: 'resolve', note: 'Đã dọn sạch' } });
  });

  it('asks for the after photo only where the category requires one', () => {
    expect(buildCommand('resolve', { note: 'Đã dọn' }, { photoRequired: true })).toEqual({
      ok: false,
      problems: [],
      photoMissing: true,
    });
    const photo = new File([new Uint8Array([1])], 'after.jpg', { type: 'image/jpeg' });
    expect(buildCommand('resolve', { note: 'Đã dọn' }, { photoRequired: true, photo }).ok).toBe(true);
    expect(buildCommand('resolve', { note: 'Đã thay bóng' }, { photoRequired: false }).ok).toBe(true);
  });

  it('checks the original of a merge is a report id', () => {
    expect(buildCommand('duplicate', { originalId: 'abc' })).toMatchObject({ ok: false, problems: ['originalId'] });
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(buildCommand('duplicate', { originalId: id })).toEqual({
      ok: true,
      command: { action: 'duplicate', originalId: id },
    });
  });
});

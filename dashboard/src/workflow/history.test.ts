import { describe, expect, it } from 'vitest';
import { historyLines } from './history.js';

describe('historyLines', () => {
  it('orders by seq and carries the words and the transfer of each change', () => {
    const lines = historyLines([
      { seq: 9, kind: 'report:resolved', status: 'resolved', at: '2026-03-02T03:00:00Z', detail: { note: 'Đã dọn' } },
      { seq: 2, kind: 'report:created', status: 'new', at: '2026-03-02T01:00:00Z', detail: null },
      {
        seq: 5,
        kind: 'report:transferred',
        status: 'new',
        at: '2026-03-02T02:00:00Z',
        detail: { fromUnit: '00070', toUnit: 'SXD', reason: 'Đường do Sở quản lý' },
      },
    ]);
    expect(lines.map((l) => l.seq)).toEqual([2, 5, 9]);
    expect(lines[0]).toMatchObject({ text: null, transfer: null });
    expect(lines[1]).toMatchObject({ text: 'Đường do Sở quản lý', transfer: { from: '00070', to: 'SXD' } });
    expect(lines[2]!.text).toBe('Đã dọn');
  });
});

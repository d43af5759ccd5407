import { describe, expect, it } from 'vitest';
import { parseSeedArgs, UsageError } from './seed-args.js';

const now = () => new Date('2025-09-15T10:00:00Z');

describe('parseSeedArgs', () => {
  it('reads the count, days, seed and end of the period', () => {
    expect(
      parseSeedArgs(['--reports', '100_000', '--days', '30', '--seed', '7', '--now', '2025-01-02T03:04:05Z'], now),
    ).toEqual({
      help: false,
      reports: 100_000,
      days: 30,
      seed: 7,
      now: new Date('2025-01-02T03:04:05Z'),
    });
  });

  it('defaults to 90 days, seed 42, ending now', () => {
    expect(parseSeedArgs(['--reports=10'], now)).toMatchObject({ reports: 10, days: 90, seed: 42, now: now() });
  });

  it('says what is wrong with a command line it cannot run', () => {
    expect(() => parseSeedArgs([], now)).toThrow(/--reports is required/);
    expect(() => parseSeedArgs(['--reports', 'lots'], now)).toThrow(/--reports must be a whole number/);
    expect(() => parseSeedArgs(['--reports', '5', '--days', '0'], now)).toThrow(/--days must be a whole number ≥ 1/);
    expect(() => parseSeedArgs(['--reports', '5', '--now', 'yesterday'], now)).toThrow(/--now must be an ISO/);
    expect(() => parseSeedArgs(['--report', '5'], now)).toThrow(UsageError);
  });

  it('asks for help without needing a count', () => {
    expect(parseSeedArgs(['--help'], now).help).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { distanceMeters } from './proximity.js';
import { cellChildren, cellDisk, cellParent, cellResolution, cellToLngLat, isCell, lngLatToCell } from './h3-cells.js';
import { readSharedJson } from './testing/shared-data.js';

interface CliCase {
  test: string;
  command: string;
  expected_stdout: string;
}

// uber/h3's CLI test cases (tests/cli/*.txt): the command names the C function and its flags.
const cases = readSharedJson<{ tests: CliCase[] }>('h3/uber_h3_cli_test_vectors.json').tests.filter(
  (c) => !c.command.includes('2>&1') && !c.command.includes(' -i '),
);
const flag = (cmd: string, ...names: string[]) => {
  const parts = cmd.split(/\s+/);
  const i = parts.findIndex((p) => names.includes(p));
  return parts[i + 1]!;
};
const list = (out: string) => JSON.parse(out) as string[];
const of = (name: string) => cases.filter((c) => c.command.split(' ')[0] === name);

describe('uber/h3 CLI vectors', () => {
  it.each(of('latLngToCell'))('$test', ({ command, expected_stdout }) => {
    const lat = Number(flag(command, '--lat'));
    const lng = Number(flag(command, '--lng'));
    expect(lngLatToCell([lng, lat], Number(flag(command, '-r', '--resolution')))).toBe(expected_stdout);
  });

  it.each(of('cellToParent'))('$test', ({ command, expected_stdout }) => {
    expect(cellParent(flag(command, '-c'), Number(flag(command, '-r', '--resolution')))).toBe(expected_stdout);
  });

  it.each(of('cellToChildren'))('$test', ({ command, expected_stdout }) => {
    expect(cellChildren(flag(command, '-c'), Number(flag(command, '-r', '--resolution')))).toEqual(
      list(expected_stdout),
    );
  });

  it.each(of('gridDisk'))('$test', ({ command, expected_stdout }) => {
    expect(cellDisk(flag(command, '-c'), Number(flag(command, '-k'))).sort()).toEqual(list(expected_stdout).sort());
  });

  it.each(of('cellToLatLng'))('$test', ({ command, expected_stdout }) => {
    const [lng, lat] = cellToLngLat(flag(command, '-c'));
    const m = /POINT\((\S+) (\S+)\)/.exec(expected_stdout)!;
    expect(lng).toBeCloseTo(Number(m[1]), 9);
    expect(lat).toBeCloseTo(Number(m[2]), 9);
  });

  it.each(of('getResolution'))('$test', ({ command, expected_stdout }) => {
    expect(cellResolution(flag(command, '-c'))).toBe(Number(expected_stdout));
  });

  it.each(of('isValidCell'))('$test', ({ command, expected_stdout }) => {
    expect(isCell(flag(command, '-c'))).toBe(expected_stdout === 'true');
  });

  // The CLI's pairs are [lat, lng]; H3 uses an earth radius of 6,371.007 km, ours 6,371.0088 km
  // (the IUGG mean), so the two agree to 3e-7 relative.
  it.each(of('greatCircleDistanceM'))('$test', ({ command, expected_stdout }) => {
    const pairs = JSON.parse(/'(.*)'/.exec(command)![1]!) as [number, number][];
    const [a, b] = pairs.map(([lat, lng]) => [lng, lat] as [number, number]);
    const d = distanceMeters(a!, b!);
    expect(Math.abs(d - Number(expected_stdout)) / Number(expected_stdout)).toBeLessThan(1e-6);
  });

  it('covers every kind of case it claims to', () => {
    for (const name of [
      'latLngToCell',
      'cellToParent',
      'cellToChildren',
      'gridDisk',
      'cellToLatLng',
      'getResolution',
      'isValidCell',
      'greatCircleDistanceM',
    ]) {
      expect(of(name).length, name).toBeGreaterThan(0);
    }
  });
});

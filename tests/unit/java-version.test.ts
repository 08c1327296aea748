import { describe, expect, it } from 'vitest';
import { javaSupportFor, parseJavaMajorVersion } from '../../neo4j/java-version.ts';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['OpenJDK 17 (Debian)', 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['Oracle Java 8, old "1.x" scheme', 'java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', 8],
    ['a first release without minor version', 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', 21],
    ['Temurin 25', 'openjdk version "25.0.3" 2026-04-21 LTS\nOpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)', 25],
    ['an early-access build', 'openjdk version "22-ea" 2024-03-19', 22],
    ['a notice printed before the version', 'Picked up JAVA_TOOL_OPTIONS: -Xss2m\nopenjdk version "11.0.22" 2024-01-16', 11],
  ])('reads %s', (_name, output, expected) => {
    expect(parseJavaMajorVersion(output)).toBe(expected);
  });

  it('returns undefined when there is no version string', () => {
    expect(parseJavaMajorVersion('Error: could not find libjava.so')).toBeUndefined();
  });
});

describe('javaSupportFor', () => {
  it.each([
    [8, 'too-old'],
    [11, 'too-old'],
    [17, 'tested'],
    [19, 'untested'],
    [21, 'tested'],
    [25, 'untested'],
  ] as const)('classes Java %i as %s', (major, expected) => {
    expect(javaSupportFor(major)).toBe(expected);
  });
});

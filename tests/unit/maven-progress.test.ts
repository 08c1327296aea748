import { describe, expect, it } from 'vitest';
import { addMavenLine, emptyMavenProgress, formatMavenProgress, parseMavenLine } from '../../neo4j/maven-progress.ts';

const CENTRAL = 'https://repo.maven.apache.org/maven2';

describe('parseMavenLine', () => {
  it.each([
    [`[INFO] Downloaded from central: ${CENTRAL}/org/apache/apache/10/apache-10.pom (15 kB at 1.3 MB/s)`, { kind: 'downloaded', bytes: 15_000 }],
    [`[INFO] Downloaded from central: ${CENTRAL}/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (4.2 MB at 9.1 MB/s)`, { kind: 'downloaded', bytes: 4_200_000 }],
    [`[INFO] Downloaded from central: ${CENTRAL}/x/x/1/x-1.pom.sha1 (40 B at 4.0 kB/s)`, { kind: 'downloaded', bytes: 40 }],
    [`\x1b[1;34m[INFO]\x1b[m Downloaded from central: ${CENTRAL}/a/b/1/b-1.jar (2.5 kB at 1 MB/s)`, { kind: 'downloaded', bytes: 2_500 }],
    [`[INFO] Downloading from central: ${CENTRAL}/a/b/1/b-1.jar`, { kind: 'other' }],
    ['[ERROR] Failed to execute goal on project x: Could not resolve dependencies', { kind: 'error', text: '[ERROR] Failed to execute goal on project x: Could not resolve dependencies' }],
    ['[INFO] BUILD SUCCESS', { kind: 'other' }],
  ])('classifies %s', (line, expected) => {
    expect(parseMavenLine(line)).toEqual(expected);
  });
});

describe('formatMavenProgress', () => {
  it('says Maven is resolving before anything is downloaded', () => {
    expect(formatMavenProgress(emptyMavenProgress())).toBe('resolving dependencies');
  });

  it('counts downloaded files and sums their sizes in MB', () => {
    const lines = [
      `[INFO] Downloaded from central: ${CENTRAL}/a/a/1/a-1.jar (1.5 MB at 3 MB/s)`,
      `[INFO] Downloading from central: ${CENTRAL}/b/b/1/b-1.jar`,
      `[INFO] Downloaded from central: ${CENTRAL}/b/b/1/b-1.jar (500 kB at 3 MB/s)`,
    ];
    const progress = lines.map(parseMavenLine).reduce(addMavenLine, emptyMavenProgress());
    expect(formatMavenProgress(progress)).toBe('downloaded 2 files (2.0 MB)');
  });
});

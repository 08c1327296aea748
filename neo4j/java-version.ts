// Reads `java -version` output and says whether Neo4j 5.26 can run on that Java. No I/O.

/** Neo4j 5.26 needs at least this Java feature release. */
export const MINIMUM_JAVA_MAJOR = 17;

/** The releases Neo4j 5.26 is tested on; others start but print "unsupported Java runtime". */
export const TESTED_JAVA_MAJORS: readonly number[] = [17, 21];

export type JavaSupport = 'tested' | 'untested' | 'too-old';

/**
 * The feature release ("major") from `java -version` output, which goes to stderr and may be
 * preceded by lines such as "Picked up JAVA_TOOL_OPTIONS". Java 8 and older report "1.x".
 * Returns undefined when no version string is found.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  if (first === 1 && match[2] !== undefined) return Number(match[2]);
  return first;
}

/**
 * Neo4j 5.26 only warns on Java releases other than 17 and 21; Temurin 25 was checked to start
 * and answer queries, so newer releases are allowed with a warning rather than refused.
 */
export function javaSupportFor(major: number): JavaSupport {
  if (major < MINIMUM_JAVA_MAJOR) return 'too-old';
  return TESTED_JAVA_MAJORS.includes(major) ? 'tested' : 'untested';
}

// Gets Neo4j Community's jars from Maven Central once, compiles the launcher, and checks for Java and Maven.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { javaSupportFor, MINIMUM_JAVA_MAJOR, parseJavaMajorVersion, TESTED_JAVA_MAJORS } from './java-version.ts';
import { addMavenLine, emptyMavenProgress, formatMavenProgress, parseMavenLine } from './maven-progress.ts';
import { CommandFailedError, isProcessAlive, runCommand } from './processes.ts';

export type Log = (line: string) => void;
export const silent: Log = () => {};

export interface JavaRuntime {
  /** The `java` executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
  command: string;
  major: number;
}

const neo4jFolder = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(neo4jFolder, '..');
const POM_FILE = join(neo4jFolder, 'pom.xml');
const LAUNCHER_SOURCE = join(neo4jFolder, 'Launcher.java');
const DISTRIBUTION_ROOT = join(repoRoot, '.data', 'neo4j-dist');
/** Written last, after every jar is in place: without it the folder is treated as a half copy. */
const COMPLETE_STAMP = 'complete.json';
const PROGRESS_INTERVAL_MS = 3_000;

// A JDK rather than a JRE: the launcher is compiled once with the JDK's compiler.
const JAVA_FIX = `sudo apt-get install openjdk-17-jdk-headless, or set JAVA_HOME to a Java ${TESTED_JAVA_MAJORS.join(' or ')} JDK.`;
const MAVEN_FIX = 'sudo apt-get install maven (it is needed once, to fetch Neo4j from Maven Central).';

/** An error for a missing tool: what is wrong, how to fix it, and how to do without the embedded Neo4j. */
export function setupError(problem: string, fix: string): Error {
  return new Error(
    `${problem}\n` +
      `  Fix: ${fix}\n` +
      '  Or: set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use your own Neo4j 5 instead of the embedded one.',
  );
}

export async function readNeo4jVersion(): Promise<string> {
  const pom = await readFile(POM_FILE, 'utf8');
  const version = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new Error(`${POM_FILE} has no <neo4j.version> property; it names the Neo4j release to run.`);
  return version;
}

function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME?.trim();
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/** Finds the Java to run Neo4j with and refuses one that is missing or too old, before anything slow happens. */
export async function requireJava(log: Log = silent): Promise<JavaRuntime> {
  const command = javaCommand();
  const source = process.env.JAVA_HOME?.trim() ? ` (from JAVA_HOME=${process.env.JAVA_HOME})` : ' on PATH';
  let versionOutput: string;
  try {
    const { stdout, stderr } = await runCommand(command, ['-version'], { timeoutMs: 30_000 });
    versionOutput = `${stderr}\n${stdout}`;
  } catch (error) {
    if (error instanceof CommandFailedError && error.notFound) {
      throw setupError(`The embedded Neo4j needs Java ${MINIMUM_JAVA_MAJOR} or newer, but ${command} was not found${source}.`, JAVA_FIX);
    }
    throw setupError(`"${command} -version" failed${source}: ${(error as Error).message}`, JAVA_FIX);
  }
  const major = parseJavaMajorVersion(versionOutput);
  if (major === undefined) {
    throw setupError(`Could not read a version from "${command} -version"${source}: ${versionOutput.trim().split('\n')[0]}`, JAVA_FIX);
  }
  const support = javaSupportFor(major);
  if (support === 'too-old') {
    throw setupError(`The embedded Neo4j needs Java ${MINIMUM_JAVA_MAJOR} or newer, but ${command}${source} is Java ${major}.`, JAVA_FIX);
  }
  if (support === 'untested') {
    log(`Warning: Neo4j is tested on Java ${TESTED_JAVA_MAJORS.join(' and ')}, this is Java ${major}; if it fails to start, use one of those.`);
  }
  return { command, major };
}

async function requireMaven(): Promise<void> {
  try {
    await runCommand('mvn', ['-v'], { timeoutMs: 60_000 });
  } catch (error) {
    if (error instanceof CommandFailedError && error.notFound) {
      throw setupError('Neo4j has not been fetched yet, and Maven (mvn) is not on PATH to fetch it.', MAVEN_FIX);
    }
    throw setupError(`"mvn -v" failed: ${(error as Error).message}\n${(error as CommandFailedError).output ?? ''}`, MAVEN_FIX);
  }
}

function distributionPaths(version: string) {
  const versionDir = join(DISTRIBUTION_ROOT, version);
  return { versionDir, libDir: join(versionDir, 'lib'), stamp: join(versionDir, COMPLETE_STAMP) };
}

/**
 * The folder holding Neo4j Community's jars (the version in neo4j/pom.xml), fetched with Maven on
 * the first call and reused afterwards. Safe against a fetch cut off half way: the jars land in a
 * staging folder that is renamed into place, and the stamp is written last.
 */
export async function ensureNeo4jDistribution(log: Log = silent): Promise<string> {
  const version = await readNeo4jVersion();
  const paths = distributionPaths(version);
  if (existsSync(paths.stamp)) return paths.libDir;

  // Maven runs on Java too. Warnings about the Java version are left to whoever runs Neo4j.
  await requireJava();
  await requireMaven();
  log(`Fetching Neo4j Community ${version} from Maven Central (first run only, ~120 MB)…`);
  const started = performance.now();
  await mkdir(paths.versionDir, { recursive: true });
  await removeAbandonedStaging(paths.versionDir);
  const staging = join(paths.versionDir, `lib.partial-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    await copyDependencies(staging, log);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const jarCount = (await listJars(staging)).length;
  await moveIntoPlace(staging, paths);
  await writeFile(paths.stamp, `${JSON.stringify({ version, jars: jarCount, fetchedAt: new Date().toISOString() }, null, 2)}\n`);
  log(`Fetched Neo4j Community ${version} (${jarCount} jars) into ${relative(process.cwd(), paths.libDir)} in ${secondsSince(started)} s.`);
  return paths.libDir;
}

async function moveIntoPlace(staging: string, paths: ReturnType<typeof distributionPaths>): Promise<void> {
  // Another process may have finished the same fetch meanwhile; its copy is as good as ours.
  if (existsSync(paths.stamp)) {
    await rm(staging, { recursive: true, force: true });
    return;
  }
  await rm(paths.libDir, { recursive: true, force: true });
  await rename(staging, paths.libDir);
}

/** Staging folders of fetches whose process died; each holds up to 120 MB. */
async function removeAbandonedStaging(versionDir: string): Promise<void> {
  for (const name of await readdir(versionDir)) {
    const pid = /^lib\.partial-(\d+)$/.exec(name)?.[1];
    if (pid && !isProcessAlive(Number(pid))) await rm(join(versionDir, name), { recursive: true, force: true });
  }
}

function copyDependencies(outputDir: string, log: Log): Promise<void> {
  const args = ['-B', '-f', POM_FILE, 'dependency:copy-dependencies', `-DoutputDirectory=${outputDir}`, '-DincludeScope=runtime'];
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const recentLines: string[] = [];
  let progress = emptyMavenProgress();
  let lastReportAt = performance.now();
  let lastReport = '';
  const report = () => {
    const text = formatMavenProgress(progress);
    if (text !== lastReport) log(`  … ${text}`);
    lastReport = text;
    lastReportAt = performance.now();
  };

  const onLine = (line: string) => {
    recentLines.push(line);
    if (recentLines.length > 40) recentLines.shift();
    const parsed = parseMavenLine(line);
    progress = addMavenLine(progress, parsed);
    if (parsed.kind === 'error') log(`  maven: ${parsed.text}`);
    if (performance.now() - lastReportAt >= PROGRESS_INTERVAL_MS) report();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  return new Promise((resolvePromise, reject) => {
    child.once('error', (error) => reject(setupError(`Could not run mvn: ${error.message}`, MAVEN_FIX)));
    child.once('close', (code) => {
      if (code === 0) {
        // With a warm ~/.m2 nothing is downloaded and there is no progress worth a line.
        if (progress.downloadedFiles > 0) report();
        return resolvePromise();
      }
      reject(
        new Error(
          `Fetching Neo4j with Maven failed (mvn exited with code ${code}). Maven Central must be reachable on the first run; ` +
            `or set NEO4J_URI to use your own Neo4j 5.\nLast lines from mvn:\n${recentLines.join('\n')}`,
        ),
      );
    });
  });
}

async function listJars(libDir: string): Promise<string[]> {
  return (await readdir(libDir)).filter((name) => name.endsWith('.jar')).map((name) => join(libDir, name));
}

/**
 * Compiles neo4j/Launcher.java once per content into the distribution folder and returns the
 * folder holding Launcher.class. Java's single-file source launcher would recompile it on every
 * start, which costs 2.5 to 4.5 s against Neo4j's 213-jar class path; compiling once costs ~1 s.
 */
export async function ensureLauncher(java: JavaRuntime, libDir: string): Promise<string> {
  const source = await readFile(LAUNCHER_SOURCE);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const classDir = join(dirname(libDir), 'launcher', hash);
  if (existsSync(join(classDir, 'Launcher.class'))) return classDir;

  const staging = `${classDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await compileLauncher(java, libDir, staging);
    await rename(staging, classDir);
  } catch (error) {
    // Another process may have compiled the same source meanwhile; its class is as good as ours.
    if (!existsSync(join(classDir, 'Launcher.class'))) throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return classDir;
}

async function compileLauncher(java: JavaRuntime, libDir: string, outputDir: string): Promise<void> {
  // javac is run through `java -m` so that it is the same Java as the one that runs Neo4j; that
  // form does not expand "lib/*", hence the explicit jar list. --release keeps the class loadable
  // by any Java from 17 up, whichever JDK compiled it.
  const classPath = (await listJars(libDir)).join(delimiter);
  const args = ['-m', 'jdk.compiler/com.sun.tools.javac.Main', '--release', String(MINIMUM_JAVA_MAJOR), '-proc:none', '-cp', classPath, '-d', outputDir, LAUNCHER_SOURCE];
  try {
    await runCommand(java.command, args);
  } catch (error) {
    const output = error instanceof CommandFailedError ? error.output : String(error);
    if (/jdk\.compiler/.test(output) && /not found/i.test(output)) {
      throw setupError(`${java.command} is a Java runtime without a compiler (module jdk.compiler), which is needed once to compile neo4j/Launcher.java.`, JAVA_FIX);
    }
    throw new Error(`Compiling ${LAUNCHER_SOURCE} failed:\n${output}`);
  }
}

export function secondsSince(startedAt: number): string {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}

// Condenses Maven's line-per-file download output into a few progress lines. No I/O.

export type MavenLine = { kind: 'downloaded'; bytes: number } | { kind: 'error'; text: string } | { kind: 'other' };

export interface MavenProgress {
  downloadedFiles: number;
  downloadedBytes: number;
}

// eslint-disable-next-line no-control-regex -- Maven colours its output with ANSI escapes, which start with ESC.
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;
const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1_000, KB: 1_000, MB: 1_000_000, GB: 1_000_000_000 };

/** Classifies one line printed by `mvn -B dependency:copy-dependencies`. */
export function parseMavenLine(rawLine: string): MavenLine {
  const line = rawLine.replace(ANSI_ESCAPE, '').trim();
  const downloaded = /^\[INFO\] Downloaded from \S+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)\b/.exec(line);
  if (downloaded) {
    const unit = UNIT_BYTES[downloaded[2] ?? 'B'] ?? 1;
    return { kind: 'downloaded', bytes: Math.round(Number(downloaded[1]) * unit) };
  }
  if (line.startsWith('[ERROR]')) return { kind: 'error', text: line };
  return { kind: 'other' };
}

export function emptyMavenProgress(): MavenProgress {
  return { downloadedFiles: 0, downloadedBytes: 0 };
}

export function addMavenLine(progress: MavenProgress, line: MavenLine): MavenProgress {
  if (line.kind !== 'downloaded') return progress;
  return { downloadedFiles: progress.downloadedFiles + 1, downloadedBytes: progress.downloadedBytes + line.bytes };
}

/** "downloaded 57 files (34.2 MB)", or a placeholder while Maven is still resolving. */
export function formatMavenProgress(progress: MavenProgress): string {
  if (progress.downloadedFiles === 0) return 'resolving dependencies';
  return `downloaded ${progress.downloadedFiles} files (${(progress.downloadedBytes / 1_000_000).toFixed(1)} MB)`;
}

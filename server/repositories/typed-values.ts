// Neo4j property values to the backup's tagged JSON and back, keeping every type (see server/domain/backup-format.ts).
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  type Integer,
} from 'neo4j-driver';
import {
  parseDate,
  parseDateTime,
  parseLocalDateTime,
  parseLocalTime,
  parseTime,
  type EncodedScalar,
  type EncodedValue,
} from '../domain/backup-format.ts';

const text = (n: Integer | number) => String(n);

function encodeScalar(value: unknown): EncodedScalar {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (isInt(value)) return { $int: value.toString() };
  if (isDate(value)) return { $date: value.toString() };
  if (isLocalDateTime(value)) return { $localdatetime: value.toString() };
  if (isDateTime(value)) return { $datetime: value.toString() };
  if (isLocalTime(value)) return { $localtime: value.toString() };
  if (isTime(value)) return { $time: value.toString() };
  if (isDuration(value)) {
    return { $duration: { months: text(value.months), days: text(value.days), seconds: text(value.seconds), nanoseconds: text(value.nanoseconds) } };
  }
  if (isPoint(value)) {
    const point: Record<string, number> = { srid: Number(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return { $point: point };
  }
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  throw new Error(`A property value of an unknown type (${Object.prototype.toString.call(value)}) cannot be backed up.`);
}

/** A property value as the driver gives it, in the backup's encoding. */
export function encodeValue(value: unknown): EncodedValue {
  return Array.isArray(value) ? value.map(encodeScalar) : encodeScalar(value);
}

export function encodeProperties(properties: Record<string, unknown>): Record<string, EncodedValue> {
  const encoded: Record<string, EncodedValue> = {};
  for (const key of Object.keys(properties).sort()) encoded[key] = encodeValue(properties[key]);
  return encoded;
}

function invalid(tag: string, value: unknown): never {
  throw new Error(`Not a valid ${tag} value: ${JSON.stringify(value)}; check the backup before restoring it.`);
}

function decodeScalar(value: EncodedScalar): unknown {
  if (typeof value !== 'object') return value;
  const [tag, v] = Object.entries(value)[0]!;
  const s = typeof v === 'string' ? v : '';
  switch (tag) {
    case '$int': return neo4j.int(s);
    case '$float': return Number(s);
    case '$date': {
      const d = parseDate(s) ?? invalid(tag, v);
      return new neo4j.types.Date(d.year, d.month, d.day);
    }
    case '$localtime': {
      const t = parseLocalTime(s) ?? invalid(tag, v);
      return new neo4j.types.LocalTime(t.hour, t.minute, t.second, t.nanosecond);
    }
    case '$time': {
      const t = parseTime(s) ?? invalid(tag, v);
      return new neo4j.types.Time(t.hour, t.minute, t.second, t.nanosecond, t.offsetSeconds);
    }
    case '$localdatetime': {
      const t = parseLocalDateTime(s) ?? invalid(tag, v);
      return new neo4j.types.LocalDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond);
    }
    case '$datetime': {
      const t = parseDateTime(s) ?? invalid(tag, v);
      return new neo4j.types.DateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond, t.offsetSeconds ?? undefined, t.zoneId ?? undefined);
    }
    case '$duration': {
      const d = v as Record<string, string>;
      return new neo4j.types.Duration(neo4j.int(d.months!), neo4j.int(d.days!), neo4j.int(d.seconds!), neo4j.int(d.nanoseconds!));
    }
    case '$point': {
      const p = v as { srid: number; x: number; y: number; z?: number };
      return new neo4j.types.Point(neo4j.int(p.srid), p.x, p.y, p.z);
    }
    case '$bytes': return new Int8Array(Buffer.from(s, 'base64'));
    default: return invalid(tag, v);
  }
}

/** A checked backup value (see checkBackup) as the driver type Neo4j stores it as. */
export function decodeValue(value: EncodedValue): unknown {
  return Array.isArray(value) ? value.map(decodeScalar) : decodeScalar(value);
}

export function decodeProperties(properties: Record<string, EncodedValue>): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) decoded[key] = decodeValue(value);
  return decoded;
}

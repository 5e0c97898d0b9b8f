// Validates one pushed event decoded from the stream before it reaches the app.
import { EVENT_NAMES, type EventName, type PushedEvent } from '../../shared/events';

export function asPushedEvent(data: string): PushedEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const p = parsed as Record<string, unknown>;
  if (typeof p.name !== 'string' || !(EVENT_NAMES as readonly string[]).includes(p.name)) return null;
  if (typeof p.payload !== 'object' || p.payload === null) return null;
  // The server is the one writer of these payloads and types them against EventMap.
  return { name: p.name as EventName, payload: p.payload } as PushedEvent;
}

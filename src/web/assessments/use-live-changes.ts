import { useEffect, useEffectEvent } from 'react';
import {
  assessmentChangeEventSchema,
  type AssessmentChangeEvent,
} from '../../domain/assessment/api/index.js';
import { assessmentEventsPath } from './paths.js';

function parse(data: unknown): AssessmentChangeEvent | undefined {
  try {
    const parsed = assessmentChangeEventSchema.safeParse(JSON.parse(String(data)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Other people's changes as they happen (server-sent events). `onChange` gets each change; after
 * the connection dropped and came back it gets `undefined`, meaning "changes may have been
 * missed: read everything again".
 */
export function useLiveChanges(
  assessmentId: string,
  onChange: (change: AssessmentChangeEvent | undefined) => void,
): void {
  const changed = useEffectEvent(onChange);
  useEffect(() => {
    const source = new EventSource(assessmentEventsPath(assessmentId));
    let opened = false;
    source.addEventListener('open', () => {
      if (opened) changed(undefined);
      opened = true;
    });
    source.addEventListener('change', (message) => {
      const change = parse(message.data);
      if (change) changed(change);
    });
    return () => source.close();
  }, [assessmentId]);
}

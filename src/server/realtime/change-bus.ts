import { EventEmitter } from 'node:events';
import type { AssessmentChangeEvent } from '../../domain/assessment/api/index.js';

export type ChangeListener = (event: AssessmentChangeEvent) => void;

/**
 * Tells the open event streams of an assessment that it changed. Publish only after the write
 * committed. On SQLite (one process owns the database) the in-process bus is all there is; on
 * PostgreSQL the same bus is fed by LISTEN/NOTIFY so every app instance hears every change.
 */
export type ChangeBus = {
  publish: (assessmentId: string, event: AssessmentChangeEvent) => void;
  /** Returns the function that unsubscribes. */
  subscribe: (assessmentId: string, listener: ChangeListener) => () => void;
  /** How many streams of this process listen to the assessment. */
  subscribers: (assessmentId: string) => number;
  close: () => Promise<void>;
};

/** Fan-out within this process: an EventEmitter keyed by assessment id. */
export function inProcessChangeBus(): ChangeBus {
  const emitter = new EventEmitter();
  // One listener per open stream: a workshop has hundreds on one assessment.
  emitter.setMaxListeners(0);
  return {
    publish: (assessmentId, event) => void emitter.emit(assessmentId, event),
    subscribe: (assessmentId, listener) => {
      emitter.on(assessmentId, listener);
      return () => void emitter.off(assessmentId, listener);
    },
    subscribers: (assessmentId) => emitter.listenerCount(assessmentId),
    close: async () => void emitter.removeAllListeners(),
  };
}

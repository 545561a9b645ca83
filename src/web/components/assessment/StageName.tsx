import type { StageNumber } from '../../../domain/framework/index.js';
import { stageKey } from '../../../domain/framework/index.js';
import { StageBadge } from '../StageBadge.js';

/** A stage as people name it: its badge, then its title in the framework's words. */
export function StageName({ stage, title }: { stage: StageNumber; title: string }) {
  return (
    <span className="stage-name">
      <StageBadge stage={stageKey(stage)} number={stage} /> {title}
    </span>
  );
}

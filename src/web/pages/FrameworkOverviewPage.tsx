import { useParams } from 'react-router';
import { FrameworkGate } from '../components/FrameworkGate.js';
import { FrameworkOverview } from './framework-overview/FrameworkOverview.js';

export function FrameworkOverviewPage() {
  const { frameworkKey = '' } = useParams();
  return (
    <FrameworkGate frameworkKey={frameworkKey}>
      {(framework) => <FrameworkOverview framework={framework} />}
    </FrameworkGate>
  );
}

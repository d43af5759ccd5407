import type { LngLat, Recommendations, TeamWithTrail, Unit } from '@matthan/server/contracts';
import './workflow.css';
import { useEffect, useState } from 'react';
import { ReportDetails } from '../components/ReportDetails.js';
import { useReportDetail } from '../hooks/useReportDetail.js';
import type { ReferenceState } from '../state/reference.js';
import { StaffReportPanel } from './StaffReportPanel.js';
import { useStaffReport } from './useStaffReport.js';

export interface StaffDrawerProps {
  reportId: string;
  /** Live changes of this report (or of teams) seen on the stream. */
  liveVersion: number;
  reference: ReferenceState;
  units: readonly Unit[];
  teams: ReadonlyMap<string, TeamWithTrail>;
  onOpen(reportId: string): void;
  /** The teams proposed for the report at `from`, for lines on the map; no items clears them. */
  onProposed(from: LngLat, items: Recommendations['items']): void;
}

/** The staff drawer's body: reads the report again after each live change and each action here. */
export function StaffDrawer(props: StaffDrawerProps) {
  const [local, setLocal] = useState(0);
  const version = props.liveVersion + local;
  const [load] = useStaffReport(props.reportId, version);
  const now = useMinuteClock();
  // Another unit's report (or one just transferred away): what anyone may see of it.
  if (load.status === 'failed' && load.error.code === 'forbidden') return <PublicFallback {...props} />;
  return (
    <StaffReportPanel {...props} load={load} version={version} now={now} onChanged={() => setLocal((v) => v + 1)} />
  );
}

function PublicFallback({ reportId, reference }: StaffDrawerProps) {
  const detail = useReportDetail(reportId);
  return <ReportDetails load={detail} reference={reference} />;
}

/** The time, once a minute: enough for a deadline clock that counts minutes. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

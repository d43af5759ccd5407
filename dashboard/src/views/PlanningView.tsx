/** /planning — heatmaps, trends and emerging hotspots for planners (being built). */
export function PlanningView() {
  return <main className="page" data-testid="planning-view" />;
}

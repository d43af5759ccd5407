/** /units — the per-unit leaderboard and the overdue list (being built). */
export function UnitsView() {
  return <main className="page" data-testid="units-view" />;
}

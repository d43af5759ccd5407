import { ReportCommand, type ReportPriority } from '@matthan/server/contracts';

/** What a staff member fills in for an action, beyond pressing its button. */
export type ActionField = 'note' | 'reason' | 'responsible' | 'unitCode' | 'priority' | 'originalId' | 'after';

/** The actions of a report's buttons (assigning a team is dispatch's, shown apart). */
export type ButtonAction = ReportCommand['action'];

/** The fields of each action's form; an action with none is done in one click. */
export const ACTION_FIELDS: Readonly<Record<ButtonAction, readonly ActionField[]>> = {
  receive: [],
  start: [],
  confirm_ward: [],
  close: [],
  unmerge: [],
  resolve: ['note', 'after'],
  reopen: ['reason'],
  reject: ['reason'],
  not_responsible: ['responsible'],
  transfer: ['unitCode', 'reason'],
  duplicate: ['originalId'],
  set_priority: ['priority'],
};

/** The order of the buttons: the step forward first, refusals and corrections last. */
const ORDER: readonly ButtonAction[] = [
  'receive',
  'start',
  'resolve',
  'close',
  'confirm_ward',
  'transfer',
  'set_priority',
  'duplicate',
  'unmerge',
  'not_responsible',
  'reject',
  'reopen',
];

/**
 * The actions the server allows this user now, in button order; `assign` is dispatch's, shown
 * apart. Confirming the ward only makes sense for a report near a border, not yet confirmed.
 */
export function actionButtons(
  allowed: readonly string[],
  report: { nearBorder?: boolean; wardConfirmedAt?: string | null } = {},
): ButtonAction[] {
  const confirmable = report.nearBorder === true && !report.wardConfirmedAt;
  return ORDER.filter((a) => allowed.includes(a) && (a !== 'confirm_ward' || confirmable));
}

export interface ActionValues {
  note?: string;
  reason?: string;
  responsible?: string;
  unitCode?: string;
  priority?: ReportPriority;
  originalId?: string;
}

export type BuiltCommand =
  { ok: true; command: ReportCommand } | { ok: false; problems: readonly ActionField[]; photoMissing?: boolean };

/**
 * The command an action form sends, checked with the server's own schema, so a form never posts
 * what the server would refuse. `photoRequired` is the category's rule for resolving.
 */
export function buildCommand(
  action: ButtonAction,
  values: ActionValues,
  opts: { photo?: File | null; photoRequired?: boolean } = {},
): BuiltCommand {
  const fields = ACTION_FIELDS[action];
  const raw: Record<string, unknown> = { action };
  for (const f of fields) if (f !== 'after') raw[f] = values[f];
  const parsed = ReportCommand.safeParse(raw);
  const photoMissing = action === 'resolve' && opts.photoRequired === true && !opts.photo;
  if (parsed.success && !photoMissing) return { ok: true, command: parsed.data };
  const problems = parsed.success
    ? []
    : [...new Set(parsed.error.issues.map((i) => i.path[0]).filter((p): p is ActionField => typeof p === 'string'))];
  return { ok: false, problems, photoMissing };
}

import type { PublicReport, ReportPriority, StaffReport, Unit } from '@matthan/server/contracts';
import { ReportPriority as Priorities } from '@matthan/server/contracts';
import { useState, type FormEvent } from 'react';
import { postAction } from '../api/workflow.js';
import { shownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import {
  ACTION_FIELDS,
  actionButtons,
  buildCommand,
  type ActionField,
  type ActionValues,
  type ButtonAction,
} from './actions.js';

export interface ActionBarProps {
  report: StaffReport;
  units: readonly Unit[];
  photoRequired: boolean;
  /** After the server accepted the action: the report as it now is. */
  onDone(report: PublicReport): void;
}

/** The buttons of what this user may do now; an action that needs words or a photo opens its form. */
export function ActionBar({ report, units, photoRequired, onDone }: ActionBarProps) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<ButtonAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttons = actionButtons(report.allowedActions, report);
  if (buttons.length === 0) return <p className="muted">{t('actionsNone')}</p>;
  // An action without words (receive, start, close…) is done at once; the others open their form.
  const press = async (a: ButtonAction) => {
    setProblem(null);
    if (ACTION_FIELDS[a].length > 0) return setOpen(open === a ? null : a);
    const built = buildCommand(a, {});
    if (!built.ok) return;
    setBusy(true);
    try {
      onDone(await postAction(report.id, built.command, undefined, lang));
    } catch (err) {
      setProblem(t('actionFailed', { message: shownError(err, t).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="actions" aria-labelledby="actions-title" data-testid="actions">
      <h3 id="actions-title">{t('actionsTitle')}</h3>
      <div className="actions__buttons">
        {buttons.map((a) => (
          <button
            key={a}
            type="button"
            className={a === buttons[0] ? 'button button--primary button--small' : 'button button--small'}
            aria-expanded={ACTION_FIELDS[a].length > 0 ? open === a : undefined}
            disabled={busy}
            data-testid={`action-${a}`}
            onClick={() => void press(a)}
          >
            {t(`action_${a}`)}
          </button>
        ))}
      </div>
      {problem && (
        <p className="form-error" role="alert" data-testid="action-error">
          {problem}
        </p>
      )}
      {open && (
        <ActionForm
          key={open}
          action={open}
          report={report}
          units={units}
          photoRequired={photoRequired}
          onCancel={() => setOpen(null)}
          onDone={(r) => {
            setOpen(null);
            onDone(r);
          }}
        />
      )}
    </section>
  );
}

interface FormProps extends Omit<ActionBarProps, 'onDone'> {
  action: ButtonAction;
  onCancel(): void;
  onDone(report: PublicReport): void;
}

function ActionForm({ action, report, units, photoRequired, onCancel, onDone }: FormProps) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState<ActionValues>({ priority: report.priority });
  const [photo, setPhoto] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = ACTION_FIELDS[action];
  const set = (f: ActionField) => (v: string) => setValues((old) => ({ ...old, [f]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildCommand(action, values, { photo, photoRequired });
    if (!built.ok) {
      const field = built.problems[0];
      return setProblem(field ? t('fieldProblem', { field: t(`field_${field}`) }) : t('photoMissing'));
    }
    setBusy(true);
    setProblem(null);
    try {
      onDone(await postAction(report.id, built.command, photo ?? undefined, lang));
    } catch (err) {
      setProblem(t('actionFailed', { message: shownError(err, t).message }));
      setBusy(false);
    }
  };
  const others = units.filter((u) => u.code !== report.unitCode && u.kind !== 'external');
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} data-testid={`action-form-${action}`}>
      {fields.map((f) => (
        <Field
          key={f}
          field={f}
          values={values}
          set={set(f)}
          units={others}
          photoRequired={photoRequired}
          onPhoto={setPhoto}
        />
      ))}
      {problem && (
        <p className="form-error" role="alert" data-testid="action-error">
          {problem}
        </p>
      )}
      <div className="actions__buttons">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="action-submit">
          {busy ? t('actionBusy') : t('actionSend', { action: t(`action_${action}`) })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  field: ActionField;
  values: ActionValues;
  set(v: string): void;
  units: readonly Unit[];
  photoRequired: boolean;
  onPhoto(f: File | null): void;
}

/** One input of an action form: a text, a unit or priority choice, or the after photo. */
function Field(p: FieldProps) {
  const { t, lang } = useI18n();
  const label = p.field === 'after' && p.photoRequired ? t('field_afterRequired') : t(`field_${p.field}`);
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {p.field === 'unitCode' ? (
        <select data-testid="field-unitCode" value={p.values.unitCode ?? ''} onChange={(e) => p.set(e.target.value)}>
          <option value="">{t('field_unitChoose')}</option>
          {p.units.map((u) => (
            <option key={u.code} value={u.code}>
              {localName(u, lang)}
            </option>
          ))}
        </select>
      ) : p.field === 'priority' ? (
        <select
          data-testid="field-priority"
          value={p.values.priority}
          onChange={(e) => p.set(e.target.value as ReportPriority)}
        >
          {Priorities.options.map((o) => (
            <option key={o} value={o}>
              {t(`priority_${o}`)}
            </option>
          ))}
        </select>
      ) : p.field === 'after' ? (
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          data-testid="field-after"
          onChange={(e) => p.onPhoto(e.target.files?.[0] ?? null)}
        />
      ) : (
        <textarea
          rows={p.field === 'originalId' ? 1 : 3}
          data-testid={`field-${p.field}`}
          value={p.values[p.field] ?? ''}
          onChange={(e) => p.set(e.target.value)}
        />
      )}
    </label>
  );
}

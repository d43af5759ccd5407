import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.js';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

export interface DrawerProps {
  title: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A side panel over the map. It takes the focus when it opens, keeps Tab inside, closes on Esc
 * and gives the focus back to what opened it, so it works from the keyboard alone.
 */
export function Drawer({ title, onClose, children }: DrawerProps) {
  const { t } = useI18n();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => opener?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return onClose();
    if (e.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [first, last] = [items[0], items.at(-1)];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  return (
    <aside
      ref={panel}
      className="drawer"
      role="dialog"
      aria-modal="true"
      aria-labelledby="drawer-title"
      data-testid="drawer"
      onKeyDown={onKeyDown}
    >
      <header className="drawer__head">
        <h2 id="drawer-title">{title}</h2>
        <button type="button" className="drawer__close" onClick={onClose} data-testid="drawer-close">
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('drawerClose')}</span>
        </button>
      </header>
      <div className="drawer__body">{children}</div>
    </aside>
  );
}

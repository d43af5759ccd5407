import { useI18n } from '../i18n/I18nContext.js';
import { frameTotal, type FramesState } from './frames.js';
import { formatDate } from './format.js';

export interface TimeSliderProps {
  frames: FramesState;
  bucket: 'day' | 'week';
  onIndex(index: number): void;
  onPlay(): void;
}

/** Play/pause, a step either way and a range input (arrow keys, Home, End) over the period's frames. */
export function TimeSlider({ frames, bucket, onIndex, onPlay }: TimeSliderProps) {
  const { t, lang } = useI18n();
  const count = frames.frames.length;
  const frame = frames.frames[frames.index];
  if (!frame) return <p className="time-slider time-slider--empty">{t('sliderNoData')}</p>;
  const label = t(`sliderFrame_${bucket}`, { date: formatDate(frame.start, lang) });
  return (
    <div className="time-slider" data-testid="time-slider" data-res={frames.res} data-index={frames.index}>
      <button
        type="button"
        className="time-slider__play"
        data-testid="slider-play"
        aria-pressed={frames.playing}
        onClick={onPlay}
        disabled={count < 2}
      >
        {frames.playing ? `❚❚ ${t('sliderPause')}` : `▶ ${t('sliderPlay')}`}
      </button>
      <button
        type="button"
        aria-label={t('sliderPrevious')}
        title={t('sliderPrevious')}
        onClick={() => onIndex(frames.index - 1)}
        disabled={frames.index === 0}
      >
        ‹
      </button>
      <input
        type="range"
        min={0}
        max={count - 1}
        step={1}
        value={frames.index}
        aria-label={t('sliderLabel')}
        aria-valuetext={label}
        data-testid="slider-range"
        onChange={(e) => onIndex(Number(e.target.value))}
      />
      <button
        type="button"
        aria-label={t('sliderNext')}
        title={t('sliderNext')}
        onClick={() => onIndex(frames.index + 1)}
        disabled={frames.index >= count - 1}
      >
        ›
      </button>
      <div className="time-slider__label" aria-live="polite">
        <strong data-testid="frame-label" data-start={frame.start}>
          {label}
        </strong>
        <span>
          {t('sliderPosition', { n: frames.index + 1, total: count })} ·{' '}
          <span data-testid="frame-total" data-total={frameTotal(frames)}>
            {t('sliderTotal', { count: frameTotal(frames) })}
          </span>
        </span>
      </div>
    </div>
  );
}

import { Eraser } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { DRAWN_SIGNATURE_INK_CSS } from '../../../common/signatures/drawn-signature';
import { exportSignature } from './signature-export';

interface Props {
  /** Called with the stored form's PNG data URL after each stroke, or null once cleared. */
  onChange: (dataUrl: string | null) => void;
  hintId: string;
  errorId?: string;
}

/** A drawing area for mouse, pen and touch (signature_pad handles all pointer types). */
export function SignaturePadField({ onChange, hintId, errorId }: Props) {
  const { t } = useTranslation('signing');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  // Each stroke (and each clear) starts a new export; only the newest one is reported.
  const exportRef = useRef(0);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // Match the bitmap to the displayed size (and screen density) so strokes land under the pen.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    // An opaque background keeps the PNG legible on any page it is later placed on.
    const pad = new SignaturePad(canvas, {
      backgroundColor: 'rgb(255,255,255)',
      penColor: DRAWN_SIGNATURE_INK_CSS,
    });
    pad.addEventListener('endStroke', () => {
      const current = ++exportRef.current;
      if (pad.isEmpty()) {
        onChangeRef.current(null);
        return;
      }
      // Stored at one fixed size, not the screen's full resolution (see drawn-signature.ts).
      void exportSignature(canvas).then(
        (dataUrl) => current === exportRef.current && onChangeRef.current(dataUrl),
        () => current === exportRef.current && onChangeRef.current(null),
      );
    });
    padRef.current = pad;
    return () => pad.off();
  }, []);

  const clear = () => {
    exportRef.current += 1;
    padRef.current?.clear();
    onChange(null);
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvasRef}
        className="signature-pad__canvas"
        role="img"
        aria-label={t('draw.canvasLabel')}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        data-testid="signature-canvas"
      />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={clear}>
          <Eraser aria-hidden="true" size={20} />
          {t('draw.clear')}
        </button>
      </div>
    </div>
  );
}

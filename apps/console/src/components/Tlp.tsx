import { formatTlp, type Tlp } from '@csirt/contracts/vocabulary';

/**
 * TLP 2.0 labels in FIRST's colours (https://www.first.org/tlp/): the label's colour on a
 * black background, written as FIRST writes it (TLP:AMBER+STRICT).
 */
const COLOURS: Record<Tlp, string> = {
  RED: '#FF2B2B',
  AMBER: '#FFC000',
  AMBER_STRICT: '#FFC000',
  GREEN: '#33FF00',
  CLEAR: '#FFFFFF',
};

export function TlpBadge({ tlp }: { tlp: string }) {
  return (
    <span className="tlp" style={{ color: COLOURS[tlp as Tlp] ?? '#FFFFFF' }} data-tlp={tlp}>
      {formatTlp(tlp as Tlp)}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { ProductionForm } from './ProductionForm';
import { StationPicker } from './StationPicker';
import { useTabletStation } from './stationStore';

/** The operator's production report: good and scrap for the running part at this tablet's station. */
export function ProductionScreen() {
  const { t } = useTranslation();
  const station = useTabletStation((s) => s.station);
  return (
    <section className="screen" aria-labelledby="production-title">
      <h1 id="production-title">{t('production.title')}</h1>
      {station ? <ProductionForm key={station} station={station} /> : <StationPicker />}
    </section>
  );
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The metrics rollup: per (visibility, month, constituency, RSIT class) the counts and
 * duration histograms `incidentMetrics.cells` reads instead of scanning incidents (see
 * metrics/metrics-rollup.ts for the reader and the estimator's error bound).
 *
 * Kept by a row trigger on `incident`, so every write path (record, merge, label change,
 * direct SQL in tests) moves the rollup in the transaction that changed the incident:
 * nothing is forgotten by a use case that did not know about metrics.
 *
 * Visibility is cumulative: the row for level v (0 CLEAR … 3 AMBER+STRICT) counts the
 * incidents labelled at or below v, so a caller cleared to v reads exactly one row per cell.
 * TLP:RED incidents are not rolled up (who reads them depends on named readers): they are
 * counted directly for the few callers who may read some. Merged-away incidents are left
 * out, as in the rest of incidentMetrics. '' stands for "no constituency / no class yet".
 *
 * Histograms are cumulative (element i counts the incidents in slots 1 … i), so a bucket or
 * the share beyond a target is a difference of two elements. Slots: durations: 1 not
 * reached, 2 under 60 s, 3 + k for [60·10^(k/20), 60·10^((k+1)/20)) s, the last slot
 * open-ended; losses: 1 under 1 unit, then the 1-2-5 series (1, 2, 5, 10, 20, …), the last
 * slot open-ended. The p50/p90/p95 of each time are kept ready by the trigger.
 */
export class IncidentMetricsRollup1732400040001 implements MigrationInterface {
  name = 'IncidentMetricsRollup1732400040001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION incident_metrics_duration_slot(seconds double precision) RETURNS int
        IMMUTABLE LANGUAGE sql AS $$
        SELECT CASE WHEN seconds IS NULL THEN 1 WHEN seconds < 60 THEN 2
               ELSE 3 + least(floor(20 * log(seconds / 60.0))::int, 127) END $$`);
    await runner.query(`
      CREATE FUNCTION incident_metrics_loss_slot(amount numeric) RETURNS int
        IMMUTABLE LANGUAGE sql AS $$
        SELECT CASE WHEN amount < 1 THEN 1 ELSE least(40, 2
          + 3 * (length(trunc(amount)::bigint::text) - 1)
          + CASE WHEN amount / 10::numeric ^ (length(trunc(amount)::bigint::text) - 1) >= 5 THEN 2
                 WHEN amount / 10::numeric ^ (length(trunc(amount)::bigint::text) - 1) >= 2 THEN 1 ELSE 0 END) END $$`);
    await runner.query(`
      CREATE FUNCTION incident_metrics_visibility(tlp text) RETURNS int IMMUTABLE LANGUAGE sql AS $$
        SELECT array_position(ARRAY['CLEAR','GREEN','AMBER','AMBER_STRICT'], tlp) - 1 $$`);
    // Cumulative histogram of a list of slots: element i counts the slots <= i.
    await runner.query(`
      CREATE FUNCTION incident_metrics_histogram(slots int[], size int) RETURNS int[] STABLE LANGUAGE sql AS $$
        SELECT array_agg(n ORDER BY s) FROM (
          SELECT s, (sum(coalesce(h.n, 0)) OVER (ORDER BY s))::int AS n FROM generate_series(1, size) s
          LEFT JOIN (SELECT slot, count(*)::int AS n FROM unnest(slots) slot GROUP BY slot) h ON h.slot = s) x $$`);
    // Adds `sign` to a cumulative histogram for one value in `slot`.
    await runner.query(`
      CREATE FUNCTION incident_metrics_bump(c int[], slot int, sign int) RETURNS int[] IMMUTABLE LANGUAGE sql AS $$
        SELECT array_agg(CASE WHEN i >= slot THEN v + sign ELSE v END ORDER BY i) FROM unnest(c) WITH ORDINALITY AS u(v, i) $$`);
    // Element-wise sum (a rollup row plus the TLP:RED incidents a caller reads by name).
    await runner.query(`
      CREATE FUNCTION incident_metrics_add(a int[], b int[]) RETURNS int[] IMMUTABLE LANGUAGE sql AS $$
        SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) $$`);
    // The one estimator of a quantile from a cumulative duration histogram (see metrics/histogram.ts
    // for its error bound): the slot holding the value of rank t = p(n-1) among those reached,
    // found by bisection, interpolated linearly by rank inside it; the open last slot answers its lower edge.
    await runner.query(`
      CREATE FUNCTION incident_metrics_quantile(c int[], p double precision) RETURNS double precision
        IMMUTABLE LANGUAGE plpgsql AS $$
      DECLARE
        n int := c[130] - c[1];
        t double precision := p * (n - 1);
        lo int := 2; hi int := 130; mid int; before int; lower double precision; upper double precision;
      BEGIN
        IF n <= 0 THEN RETURN NULL; END IF;
        WHILE lo < hi LOOP
          mid := (lo + hi) / 2;
          IF c[mid] - c[1] > t THEN hi := mid; ELSE lo := mid + 1; END IF;
        END LOOP;
        before := c[lo - 1] - c[1];
        lower := CASE WHEN lo = 2 THEN 0 ELSE 60 * 10 ^ ((lo - 3) / 20.0) END;
        IF lo = 130 THEN RETURN lower; END IF;
        upper := CASE WHEN lo = 2 THEN 60 ELSE 60 * 10 ^ ((lo - 2) / 20.0) END;
        RETURN lower + (upper - lower) * (t - before) / (c[lo] - c[lo - 1]);
      END $$`);
    await runner.query(`
      CREATE TABLE incident_metrics_rollup (
        visibility smallint NOT NULL,
        month date NOT NULL,
        constituency_id text NOT NULL,
        rsit_class text NOT NULL,
        incidents int NOT NULL DEFAULT 0,
        acknowledge int[] NOT NULL DEFAULT array_fill(0, ARRAY[130]),
        acknowledge_seconds numeric NOT NULL DEFAULT 0,
        acknowledge_p50 double precision, acknowledge_p90 double precision, acknowledge_p95 double precision,
        contain int[] NOT NULL DEFAULT array_fill(0, ARRAY[130]),
        contain_seconds numeric NOT NULL DEFAULT 0,
        contain_p50 double precision, contain_p90 double precision, contain_p95 double precision,
        recover int[] NOT NULL DEFAULT array_fill(0, ARRAY[130]),
        recover_seconds numeric NOT NULL DEFAULT 0,
        recover_p50 double precision, recover_p90 double precision, recover_p95 double precision,
        close int[] NOT NULL DEFAULT array_fill(0, ARRAY[130]),
        close_seconds numeric NOT NULL DEFAULT 0,
        close_p50 double precision, close_p90 double precision, close_p95 double precision,
        -- per complexity LOW, MEDIUM, HIGH, not judged; closed ones only for time and effort
        complexity_incidents int[] NOT NULL DEFAULT array_fill(0, ARRAY[4]),
        complexity_closed int[] NOT NULL DEFAULT array_fill(0, ARRAY[4]),
        complexity_close_seconds numeric[] NOT NULL DEFAULT array_fill(0::numeric, ARRAY[4]),
        complexity_effort_hours numeric[] NOT NULL DEFAULT array_fill(0::numeric, ARRAY[4]),
        PRIMARY KEY (visibility, month, constituency_id, rsit_class)
      )`);
    await runner.query(`
      CREATE TABLE incident_loss_rollup (
        visibility smallint NOT NULL,
        month date NOT NULL,
        constituency_id text NOT NULL,
        rsit_class text NOT NULL,
        currency char(3) NOT NULL,
        amounts int[] NOT NULL DEFAULT array_fill(0, ARRAY[40]),
        PRIMARY KEY (visibility, month, constituency_id, rsit_class, currency)
      )`);
    await runner.query(`
      CREATE FUNCTION incident_metrics_apply(r incident, sign int) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        lowest int := incident_metrics_visibility(r.tlp);
        m date := (date_trunc('month', r.opened_at AT TIME ZONE 'UTC'))::date;
        c text := coalesce(r.constituency_id, '');
        k text := coalesce(r.rsit_class, '');
        ack_s numeric := extract(epoch FROM r.acknowledged_at - r.opened_at);
        con_s numeric := extract(epoch FROM r.eradication_at - r.opened_at);
        rec_s numeric := extract(epoch FROM r.post_incident_at - r.opened_at);
        clo_s numeric := extract(epoch FROM r.closed_at - r.opened_at);
        x int := coalesce(array_position(ARRAY['LOW','MEDIUM','HIGH'], r.complexity), 4);
        closed int := CASE WHEN r.closed_at IS NULL THEN 0 ELSE sign END;
        l int := incident_metrics_loss_slot(r.loss_amount);
      BEGIN
        IF lowest IS NULL OR r.merged_into_id IS NOT NULL THEN RETURN; END IF;
        FOR v IN lowest..3 LOOP
          INSERT INTO incident_metrics_rollup (visibility, month, constituency_id, rsit_class)
            VALUES (v, m, c, k) ON CONFLICT DO NOTHING;
          UPDATE incident_metrics_rollup SET
            incidents = incidents + sign,
            acknowledge = incident_metrics_bump(acknowledge, incident_metrics_duration_slot(ack_s::float8), sign),
            contain = incident_metrics_bump(contain, incident_metrics_duration_slot(con_s::float8), sign),
            recover = incident_metrics_bump(recover, incident_metrics_duration_slot(rec_s::float8), sign),
            close = incident_metrics_bump(close, incident_metrics_duration_slot(clo_s::float8), sign),
            acknowledge_seconds = acknowledge_seconds + sign * coalesce(ack_s, 0),
            contain_seconds = contain_seconds + sign * coalesce(con_s, 0),
            recover_seconds = recover_seconds + sign * coalesce(rec_s, 0),
            close_seconds = close_seconds + sign * coalesce(clo_s, 0),
            complexity_incidents[x] = complexity_incidents[x] + sign,
            complexity_closed[x] = complexity_closed[x] + closed,
            complexity_close_seconds[x] = complexity_close_seconds[x] + closed * coalesce(clo_s, 0),
            complexity_effort_hours[x] = complexity_effort_hours[x] + closed * r.effort_hours
          WHERE visibility = v AND month = m AND constituency_id = c AND rsit_class = k;
          -- The quantiles are kept ready, so a read takes no histogram apart.
          UPDATE incident_metrics_rollup SET
            acknowledge_p50 = incident_metrics_quantile(acknowledge, 0.50),
            acknowledge_p90 = incident_metrics_quantile(acknowledge, 0.90),
            acknowledge_p95 = incident_metrics_quantile(acknowledge, 0.95),
            contain_p50 = incident_metrics_quantile(contain, 0.50),
            contain_p90 = incident_metrics_quantile(contain, 0.90),
            contain_p95 = incident_metrics_quantile(contain, 0.95),
            recover_p50 = incident_metrics_quantile(recover, 0.50),
            recover_p90 = incident_metrics_quantile(recover, 0.90),
            recover_p95 = incident_metrics_quantile(recover, 0.95),
            close_p50 = incident_metrics_quantile(close, 0.50),
            close_p90 = incident_metrics_quantile(close, 0.90),
            close_p95 = incident_metrics_quantile(close, 0.95)
          WHERE visibility = v AND month = m AND constituency_id = c AND rsit_class = k;
          IF r.loss_currency IS NOT NULL AND l IS NOT NULL THEN
            INSERT INTO incident_loss_rollup (visibility, month, constituency_id, rsit_class, currency)
              VALUES (v, m, c, k, r.loss_currency) ON CONFLICT DO NOTHING;
            UPDATE incident_loss_rollup SET amounts = incident_metrics_bump(amounts, l, sign)
              WHERE visibility = v AND month = m AND constituency_id = c AND rsit_class = k AND currency = r.loss_currency;
          END IF;
        END LOOP;
      END $$`);
    await runner.query(`
      CREATE FUNCTION incident_metrics_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Most updates (titles, tasks' touch of updated_at, access versions) move no figure.
        IF TG_OP = 'UPDATE' AND ROW(OLD.tlp, OLD.merged_into_id, OLD.opened_at, OLD.constituency_id, OLD.rsit_class,
            OLD.acknowledged_at, OLD.eradication_at, OLD.post_incident_at, OLD.closed_at, OLD.complexity,
            OLD.effort_hours, OLD.loss_amount, OLD.loss_currency)
          IS NOT DISTINCT FROM ROW(NEW.tlp, NEW.merged_into_id, NEW.opened_at, NEW.constituency_id, NEW.rsit_class,
            NEW.acknowledged_at, NEW.eradication_at, NEW.post_incident_at, NEW.closed_at, NEW.complexity,
            NEW.effort_hours, NEW.loss_amount, NEW.loss_currency) THEN
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN PERFORM incident_metrics_apply(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM incident_metrics_apply(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER incident_metrics_track AFTER INSERT OR UPDATE OR DELETE ON incident
        FOR EACH ROW EXECUTE FUNCTION incident_metrics_track()`);
    // Set-based rebuild: the backfill below, and bulk loads that disable the trigger.
    await runner.query(`
      CREATE FUNCTION incident_metrics_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM incident_metrics_rollup;
        DELETE FROM incident_loss_rollup;
        INSERT INTO incident_metrics_rollup
        SELECT v, month, c, k, count(*)::int,
          incident_metrics_histogram(array_agg(incident_metrics_duration_slot(ack_s::float8)), 130), coalesce(sum(ack_s), 0), NULL::float8, NULL::float8, NULL::float8,
          incident_metrics_histogram(array_agg(incident_metrics_duration_slot(con_s::float8)), 130), coalesce(sum(con_s), 0), NULL::float8, NULL::float8, NULL::float8,
          incident_metrics_histogram(array_agg(incident_metrics_duration_slot(rec_s::float8)), 130), coalesce(sum(rec_s), 0), NULL::float8, NULL::float8, NULL::float8,
          incident_metrics_histogram(array_agg(incident_metrics_duration_slot(clo_s::float8)), 130), coalesce(sum(clo_s), 0), NULL::float8, NULL::float8, NULL::float8,
          ARRAY[count(*) FILTER (WHERE x = 1), count(*) FILTER (WHERE x = 2), count(*) FILTER (WHERE x = 3), count(*) FILTER (WHERE x = 4)]::int[],
          ARRAY[count(clo_s) FILTER (WHERE x = 1), count(clo_s) FILTER (WHERE x = 2), count(clo_s) FILTER (WHERE x = 3), count(clo_s) FILTER (WHERE x = 4)]::int[],
          ARRAY[coalesce(sum(clo_s) FILTER (WHERE x = 1), 0), coalesce(sum(clo_s) FILTER (WHERE x = 2), 0),
                coalesce(sum(clo_s) FILTER (WHERE x = 3), 0), coalesce(sum(clo_s) FILTER (WHERE x = 4), 0)],
          ARRAY[coalesce(sum(effort) FILTER (WHERE x = 1 AND clo_s IS NOT NULL), 0), coalesce(sum(effort) FILTER (WHERE x = 2 AND clo_s IS NOT NULL), 0),
                coalesce(sum(effort) FILTER (WHERE x = 3 AND clo_s IS NOT NULL), 0), coalesce(sum(effort) FILTER (WHERE x = 4 AND clo_s IS NOT NULL), 0)]
        FROM (
          SELECT (date_trunc('month', opened_at AT TIME ZONE 'UTC'))::date AS month,
            coalesce(constituency_id, '') AS c, coalesce(rsit_class, '') AS k,
            incident_metrics_visibility(tlp) AS lowest,
            extract(epoch FROM acknowledged_at - opened_at)::numeric AS ack_s,
            extract(epoch FROM eradication_at - opened_at)::numeric AS con_s,
            extract(epoch FROM post_incident_at - opened_at)::numeric AS rec_s,
            extract(epoch FROM closed_at - opened_at)::numeric AS clo_s,
            coalesce(array_position(ARRAY['LOW','MEDIUM','HIGH'], complexity), 4) AS x,
            effort_hours AS effort
          FROM incident WHERE merged_into_id IS NULL AND tlp <> 'RED'
        ) i CROSS JOIN LATERAL generate_series(i.lowest, 3) v
        GROUP BY v, month, c, k;
        UPDATE incident_metrics_rollup SET
          acknowledge_p50 = incident_metrics_quantile(acknowledge, 0.50),
          acknowledge_p90 = incident_metrics_quantile(acknowledge, 0.90),
          acknowledge_p95 = incident_metrics_quantile(acknowledge, 0.95),
          contain_p50 = incident_metrics_quantile(contain, 0.50),
          contain_p90 = incident_metrics_quantile(contain, 0.90),
          contain_p95 = incident_metrics_quantile(contain, 0.95),
          recover_p50 = incident_metrics_quantile(recover, 0.50),
          recover_p90 = incident_metrics_quantile(recover, 0.90),
          recover_p95 = incident_metrics_quantile(recover, 0.95),
          close_p50 = incident_metrics_quantile(close, 0.50),
          close_p90 = incident_metrics_quantile(close, 0.90),
          close_p95 = incident_metrics_quantile(close, 0.95);
        INSERT INTO incident_loss_rollup
        SELECT v, (date_trunc('month', opened_at AT TIME ZONE 'UTC'))::date, coalesce(constituency_id, ''),
          coalesce(rsit_class, ''), loss_currency, incident_metrics_histogram(array_agg(incident_metrics_loss_slot(loss_amount)), 40)
        FROM incident CROSS JOIN LATERAL generate_series(incident_metrics_visibility(tlp), 3) v
        WHERE merged_into_id IS NULL AND tlp <> 'RED' AND loss_currency IS NOT NULL AND loss_amount IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5;
      $$`);
    await runner.query(`SELECT incident_metrics_rebuild()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER incident_metrics_track ON incident`);
    await runner.query(`DROP FUNCTION incident_metrics_rebuild()`);
    await runner.query(`DROP FUNCTION incident_metrics_track()`);
    await runner.query(`DROP FUNCTION incident_metrics_apply(incident, int)`);
    await runner.query(`DROP TABLE incident_loss_rollup`);
    await runner.query(`DROP TABLE incident_metrics_rollup`);
    await runner.query(`DROP FUNCTION incident_metrics_quantile(int[], double precision)`);
    await runner.query(`DROP FUNCTION incident_metrics_bump(int[], int, int)`);
    await runner.query(`DROP FUNCTION incident_metrics_add(int[], int[])`);
    await runner.query(`DROP FUNCTION incident_metrics_histogram(int[], int)`);
    await runner.query(`DROP FUNCTION incident_metrics_visibility(text)`);
    await runner.query(`DROP FUNCTION incident_metrics_loss_slot(numeric)`);
    await runner.query(`DROP FUNCTION incident_metrics_duration_slot(double precision)`);
  }
}

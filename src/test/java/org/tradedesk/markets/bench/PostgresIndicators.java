package org.tradedesk.markets.bench;

import org.tradedesk.markets.persistence.TradeTable;

/**
 * The market indicators' statement ({@link TradeTable#indicatorsSql}) in a shape PostgreSQL plans well, for the
 * benchmark's comparison (issue 9 speed): the same columns, rows and parameters (bound by
 * {@link TradeTable#bindIndicators}), so that both engines answer the same question. What differs from DuckDB's text:
 * <ul>
 * <li>the mirror rows' {@code partner_code not in (select r from p)} is {@code not exists}: PostgreSQL cannot turn a
 * {@code NOT IN} over a CTE into an anti-join (its NULL semantics) and, when it does not expect the CTE to fit in
 * {@code work_mem} as a hash, re-reads it for every candidate row. The two agree because a reporter code is never null;</li>
 * <li>the other flow's value is a second aggregate column of {@code p} (a pivot with {@code filter}), not a self-join
 * of the CTE on {@code o.f <> p.f};</li>
 * <li>the growth inputs (first and last year's value) come from window functions ({@code first_value}) over the
 * full, final years instead of joining those rows back twice;</li>
 * <li>the complementarity reads the same per-product values and shares written at import as DuckDB's
 * ({@link TradeTable#SHARES}, built on PostgreSQL by the same statement), the markets' joined with the partner's
 * (read from the table, not the CTE, so that PostgreSQL estimates the join from the table's statistics and hashes it)
 * on year and the product's integer index ({@code product_index}, as DuckDB's), the partner's in the opposite flow, and only in the flow asked for (bound there as DuckDB binds it: DuckDB pushes
 * the final {@code f = ?} down into that join by itself, PostgreSQL does not; a lateral read per year and flow of the
 * partner's, or a materialized CTE of the markets' rows, made PostgreSQL misestimate the rows and pick nested loops or
 * sorts on disk: over 60 s, or 10 s, at 2 million rows);</li>
 * <li>the previous year's figures are {@code lag} over a window partitioned by market (DuckDB's runs faster unpartitioned).</li>
 * </ul>
 * {@code %1$s} … {@code %4$s} as in {@link TradeTable#indicatorsSql}; {@code %5$s} the trade table, {@code %6$s} the
 * totals table, {@code %7$s} the shares table and {@code %8$s} their sums ({@link TradeTable#SHARES_TABLE},
 * {@link TradeTable#SHARE_TOTALS_TABLE}).
 */
public final class PostgresIndicators {

    private PostgresIndicators() {
    }

    static final String SQL = """
            with a as (select cast(? as varchar) c, cast(? as varchar) fl),
            p0 as (
              select reporter_code r, max(reporter_iso3) iso3, year y, flow f, sum(value_usd) v,
                case when count(distinct coalesce(quantity_unit, '')) = 1 and count(quantity) = count(*) then sum(quantity) end q,
                max(quantity_unit) unit, bool_or(coalesce(preliminary, false)) prelim, max(partial_to_month) partial
              from %5$s where dataset_id = ? and frequency = 'A' and not breakdown and year between ? and ? and %1$s
                and product_code in (%2$s)
              group by reporter_code, year, flow),
            p as materialized (
              select p0.*, max(v) filter (where f = 'X') over (partition by r, y) vx,
                max(v) filter (where f = 'M') over (partition by r, y) vm
              from p0),
            t as materialized (select reporter_code r, year y, flow f, value_usd tv from %6$s where dataset_id = ? and year between ? and ?),
            w as (select p.y, p.f, sum(p.v) wv, sum(t.tv) wt, count(*) wn from p join t on t.r = p.r and t.y = p.y and t.f = p.f
                  group by p.y, p.f),
            s as (select y, f, sum(v) sv, count(*) sn from p group by y, f),
            m as (
              select x.partner_code r, x.year y, case x.flow when 'X' then 'M' else 'X' end f, sum(x.value_usd) v,
                count(distinct x.reporter_code) sources
              from %5$s x where x.dataset_id = ? and x.frequency = 'A' and not x.breakdown and x.year between ? and ?
                and x.partner_code <> '0' and x.product_code in (%2$s)
                and not exists (select 1 from p where p.r = x.partner_code)
              group by x.partner_code, x.year, x.flow),
            q as materialized (
              select reporter_code r, year y, flow f, sum(value_usd) pv
              from %5$s where dataset_id = ? and frequency = 'A' and not breakdown and year between ? and ? and %4$s
                and partner_code = ? and product_code in (%2$s)
              group by reporter_code, year, flow),
            qw as (select p.y, p.f, sum(q.pv) qv, count(*) qn from p join q on q.r = p.r and q.y = p.y and q.f = p.f
                   group by p.y, p.f),
            zv as materialized (
              select year y, flow f, product_index k, value_usd v, product_share sh
              from %7$s where dataset_id = ? and year between ? and ? and %4$s and reporter_code = ?),
            kp as materialized (select y, f, count(*) kn, sum(v) zt from zv group by y, f),
            kc as (select kp.y, kp.f, t.tv pt from kp left join t on t.r = (select c from a) and t.y = kp.y and t.f = kp.f),
            kt as (select reporter_code r, year y, flow f, value_usd xt from %8$s where dataset_id = ? and year between ? and ? and %4$s),
            tc as (
              select x.reporter_code r, x.year y, x.flow f, 100 * sum(least(x.product_share, z.product_share)) tci
              from %7$s x join %7$s z on z.year = x.year and z.product_index = x.product_index and z.flow <> ?
              where x.dataset_id = ? and x.year between ? and ? and %4$s and x.flow = ?
                and z.dataset_id = x.dataset_id and z.reporter_code = (select c from a)
              group by x.reporter_code, x.year, x.flow),
            allr as (
              select p.r, p.iso3, p.y, p.f, false mirror, p.v, p.q, p.unit, p.prelim, p.partial, s.sv, s.sn, t.tv, w.wv, w.wt,
                coalesce(w.wn, 0) wn, case p.f when 'X' then p.vm else p.vx end other, 0 sources,
                q.pv, qw.qv, s.sv pw, coalesce(qw.qn, 0) qn,
                case when kp.kn is not null and kt.r is not null then coalesce(tc.tci, 0) end tci,
                kp.kn is not null and kt.r is not null mk, coalesce(kp.kn, 0) kn,
                coalesce(kp.kn is not null and kt.r is not null and abs(kt.xt - t.tv) <= 0.005 * t.tv
                  and abs(kp.zt - kc.pt) <= 0.005 * kc.pt, false) tcc
              from p join s on s.y = p.y and s.f = p.f left join t on t.r = p.r and t.y = p.y and t.f = p.f
                left join w on w.y = p.y and w.f = p.f
                left join q on q.r = p.r and q.y = p.y and q.f = p.f left join qw on qw.y = p.y and qw.f = p.f
                left join kp on kp.y = p.y and kp.f <> p.f left join kt on kt.r = p.r and kt.y = p.y and kt.f = p.f
                left join tc on tc.r = p.r and tc.y = p.y and tc.f = p.f left join kc on kc.y = kp.y and kc.f = kp.f
              union all
              select r, null, y, f, true, v, null, null, false, null, null, 0, null, null, null, 0, null, sources,
                null, null, null, 0, null, false, 0, false from m),
            chosen as (select * from allr where f = ?),
            ok as (select r, mirror, y, cast(v as double precision) dv from chosen where not prelim and partial is null and v > 0),
            g as materialized (
              select distinct r, mirror, min(y) over w y0, max(y) over w y1, count(*) over w n, regr_slope(ln(dv), y) over w b,
                regr_sxx(ln(dv), y) over w sxx, regr_syy(ln(dv), y) over w syy, regr_sxy(ln(dv), y) over w sxy,
                first_value(dv) over wo v0, last_value(dv) over wo v1
              from ok window w as (partition by r, mirror),
                wo as (partition by r, mirror order by y rows between unbounded preceding and unbounded following))
            select c.r, c.iso3, c.y, c.mirror, c.v, c.q, c.unit, c.prelim, c.partial,
              lag(c.v) over (partition by c.r, c.mirror order by c.y), lag(c.y) over (partition by c.r, c.mirror order by c.y),
              lag(c.partial) over (partition by c.r, c.mirror order by c.y),
              c.sv, c.sn, c.tv, c.wv, c.wt, c.wn, c.other, g.y0, g.v0, g.y1, g.v1, case when g.n > 1 then g.b end,
              case when g.n > 2 and g.sxx > 0 then sqrt(greatest(g.syy - g.sxy * g.sxy / g.sxx, 0) / (g.n - 2) / g.sxx) end,
              coalesce(g.n, 0), c.sources, c.pv, c.qv, c.pw, c.qn, c.tci, c.mk, c.kn, c.tcc
            from chosen c left join g on g.r = c.r and g.mirror = c.mirror
            order by c.mirror, c.r, c.y""";

    /** The statement on the given trade and totals tables; parameters: {@link #bind}. */
    public static String sql(TradeTable.Coverage cover, int codes, boolean partner, String tradeTable, String totalTable,
                             String shareTable, String shareTotalTable) {
        // the same filters as DuckDB's statement, from the same methods
        return SQL.formatted(TradeTable.partnerFilter(cover), marks(codes), TradeTable.productsFilter(cover),
                partner ? "true" : "false", tradeTable, totalTable, shareTable, shareTotalTable);
    }

    /** {@link TradeTable#bindIndicators}: both statements take the same parameters in the same order. */
    public static void bind(java.sql.PreparedStatement p, long dataset, String flow, java.util.List<String> codes, String partner,
                            int from, int to) throws java.sql.SQLException {
        TradeTable.bindIndicators(p, dataset, flow, codes, partner, from, to);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Reads the statement's rows as DuckDB's are read ({@link TradeTable#input}). */
    public static java.util.List<TradeTable.IndicatorInput> rows(java.sql.PreparedStatement p) throws java.sql.SQLException {
        java.util.List<TradeTable.IndicatorInput> out = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(TradeTable.input(rs));
            }
        }
        return out;
    }

    /**
     * Null when both lists hold the same rows in the same order, else the first difference: decimals compared by value
     * (not scale), doubles within 1e-9 relative (the engines sum floating shares and regressions in their own order).
     */
    public static String difference(java.util.List<TradeTable.IndicatorInput> a, java.util.List<TradeTable.IndicatorInput> b) {
        if (a.size() != b.size()) {
            return "row counts differ: " + a.size() + " and " + b.size();
        }
        for (int i = 0; i < a.size(); i++) {
            for (java.lang.reflect.RecordComponent c : TradeTable.IndicatorInput.class.getRecordComponents()) {
                Object x;
                Object y;
                try {
                    x = c.getAccessor().invoke(a.get(i));
                    y = c.getAccessor().invoke(b.get(i));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (!same(x, y)) {
                    return "row " + i + " (" + a.get(i).code() + " " + a.get(i).year() + "), " + c.getName() + ": " + x + " and " + y;
                }
            }
        }
        return null;
    }

    private static boolean same(Object x, Object y) {
        if (x == null || y == null) {
            return x == y;
        }
        if (x instanceof java.math.BigDecimal d && y instanceof java.math.BigDecimal e) {
            return d.compareTo(e) == 0;
        }
        if (x instanceof Double d && y instanceof Double e) {
            return d.equals(e) || Math.abs(d - e) <= 1e-9 * Math.max(1, Math.max(Math.abs(d), Math.abs(e)));
        }
        return x.equals(y);
    }
}

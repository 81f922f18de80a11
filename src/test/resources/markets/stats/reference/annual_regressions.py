# Independent reference for TrendRegression, StructuralBreak, InterventionAnalysis and LaggedAssociation.
# Debian python3-statsmodels 0.13.5, python3-scipy 1.10.1, python3-pandas 1.5.3.
# Data: the real Comtrade portal file (HS 8542 exports to World of CHN, KOR, USA, 2013-2024; primaryValue)
# and World Bank GDP (worldbank_macro_CHN_USA.csv). Run from this folder: python3 annual_regressions.py
import numpy as np, pandas as pd, scipy.stats as st, statsmodels.api as sm
from statsmodels.tsa.stattools import grangercausalitytests

c = pd.read_csv("../comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv", encoding="cp1252", index_col=False)
c = c[(c.partnerCode == 0) & (c.flowCode == "X") & (c.cmdCode == 8542)]
v = c.pivot_table(index="refYear", columns="reporterISO", values="primaryValue", aggfunc="sum")
print("values", v.to_dict())

def trend(iso, y0, y1):
    s = v.loc[y0:y1, iso]
    X = sm.add_constant(np.array(s.index, dtype=float))
    r = sm.OLS(np.log(s.values), X).fit()
    lo, hi = r.conf_int(0.05)[1]
    print(f"trend {iso} {y0}-{y1}: growth={np.expm1(r.params[1])!r} ci=({np.expm1(lo)!r}, {np.expm1(hi)!r}) "
          f"slope={r.params[1]!r} se={r.bse[1]!r} p={r.pvalues[1]!r} r2={r.rsquared!r}")
    return r

r = trend("CHN", 2019, 2024)
trend("KOR", 2019, 2024); trend("USA", 2019, 2024)
r = trend("CHN", 2013, 2024)
f = r.get_prediction(np.array([[1.0, 2020.0], [1.0, 2026.0]])).summary_frame(alpha=0.05)
print("bands CHN 2013-2024 at 2020, 2026 (exp of log-scale frame):")
for _, row in f.iterrows():
    print(" ", repr(np.exp(row["mean"])), repr(np.exp(row["mean_ci_lower"])), repr(np.exp(row["mean_ci_upper"])),
          repr(np.exp(row["obs_ci_lower"])), repr(np.exp(row["obs_ci_upper"])))

# Chow at 2019 on ln CHN exports 2013-2024 (trend model y = a + b t)
y = np.log(v["CHN"].values); t = np.array(v.index, dtype=float)
def ssr(mask):
    return sm.OLS(y[mask], sm.add_constant(t[mask])).fit().ssr
sp, s1, s2 = ssr(t > 0), ssr(t < 2019), ssr(t >= 2019)
k = 2; df2 = len(y) - 2 * k
F = ((sp - s1 - s2) / k) / ((s1 + s2) / df2)
print(f"chow CHN at 2019: F={F!r} df=({k},{df2}) p={st.f.sf(F, k, df2)!r}")

# Interrupted time series on ln CHN exports, change at 2020
D = (t >= 2020).astype(float)
X = np.column_stack([np.ones_like(t), t, D, (t - 2020) * D])
r = sm.OLS(y, X).fit()
print("its CHN at 2020: params", list(r.params), "bse", list(r.bse), "p", list(r.pvalues))
# the same with time centred on the change (t - 2020), as InterventionAnalysis fits it since t2fixL: only the intercept moves,
# to the pre-change trend's level at 2020 (its SE from the same fit). Recorded with numpy.linalg.lstsq and scipy.stats.t
# (s^2 (X'X)^-1, two-sided t p-values; the uncentred fit so computed equals the statsmodels line above to 1e-9):
# params [25.194082751134513, 0.0384222754616773, 0.3951388447047409, 0.011552610819387544]
# bse [0.14556740651672906, 0.032549861627975206, 0.1974572371568393, 0.06345136144797259]
# p [1.3897134868296085e-15, 0.27174090735733386, 0.0803746211482613, 0.8600564407538178]
Xc = np.column_stack([np.ones_like(t), t - 2020, D, (t - 2020) * D])
r = sm.OLS(y, Xc).fit()
print("its centred CHN at 2020: params", list(r.params), "bse", list(r.bse), "p", list(r.pvalues))

# Difference-in-differences: CHN treated, KOR and USA comparison, change at 2019, ln values
rows = []
for iso in ["CHN", "KOR", "USA"]:
    for yr, val in v[iso].items():
        rows.append((iso, yr, np.log(val), 1.0 if iso == "CHN" else 0.0))
p = pd.DataFrame(rows, columns=["m", "yr", "y", "tr"])
p["post"] = (p.yr >= 2019).astype(float)
r = sm.OLS(p.y, sm.add_constant(np.column_stack([p.tr, p.post, p.tr * p.post]))).fit()
print("did CHN vs KOR,USA at 2019: params", list(r.params), "bse", list(r.bse), "p", list(r.pvalues))

# Granger: does CHN GDP help predict CHN HS 8542 exports? ln levels, 2013-2024, lags 1 and 2
g = pd.read_csv("../worldbank_macro_CHN_USA.csv")
gdp = g[(g.country == "China") & (g.indicator == "GDP")].set_index("year")["value"].sort_index().loc[2013:2024]
data = np.column_stack([y, np.log(gdp.values)])
res = grangercausalitytests(data, maxlag=2, verbose=False)
for lag in (1, 2):
    F, pv, d1, d2 = res[lag][0]["ssr_ftest"]
    print(f"granger lag {lag}: F={F!r} p={pv!r} df=({d1},{d2})")
print("gdp", list(gdp.values))

# Lagged correlation of ln GDP (x) with ln exports (y) at lag k: corr(x_t, y_{t+k})
xs = pd.Series(np.log(gdp.values)); ys = pd.Series(y)
for k in (-2, -1, 0, 1, 2):
    print(f"ccf lag {k}: r={xs.corr(ys.shift(-k))!r}")
rr, pp = st.pearsonr(xs[:-1], ys[1:])
print(f"ccf lag 1 scipy: r={rr!r} p={pp!r}")

# Independent reference for TradeIndicators / Concentration (pandas 1.5.3), on the real Comtrade portal file
# (HS 8542 exports to World of CHN, KOR, USA) and on a small worked example for the WITS indices.
import pandas as pd, numpy as np
c = pd.read_csv("../comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv", encoding="cp1252", index_col=False)
c = c.sort_values(["reporterISO", "refYear"])
c["unitValue"] = c.primaryValue / c.netWgt.replace(0, np.nan)
c["yoy"] = c.groupby("reporterISO").primaryValue.pct_change()
for _, r in c[c.refYear.isin([2013, 2020, 2024])].iterrows():
    print(f"{r.reporterISO} {r.refYear}: value={r.primaryValue!r} netWgt={r.netWgt!r} unitValue={r.unitValue!r} yoy={r.yoy!r}")
for yr in (2013, 2024):
    s = c[c.refYear == yr].set_index("reporterISO").primaryValue
    sh = s / s.sum(); h = (sh ** 2).sum(); n = len(sh)
    print(f"{yr} shares={sh.to_dict()} hhi={h!r} normalized={(h - 1 / n) / (1 - 1 / n)!r}")

# Worked example (made-up round numbers; the formulas are WITS'): country i, partner j, product k.
x_ik, X_i, x_wk, X_w = 40.0, 500.0, 900.0, 30000.0
print("rca", (x_ik / X_i) / (x_wk / X_w))
x_ij, x_wj = 120.0, 2400.0
print("tii", (x_ij / X_i) / (x_wj / X_w))
xi = {"8542": 300.0, "8471": 150.0, "0901": 50.0}
mj = {"8542": 100.0, "8471": 300.0, "2709": 600.0}
keys = set(xi) | set(mj)
print("tci", 100 * (1 - sum(abs(mj.get(k, 0) / sum(mj.values()) - xi.get(k, 0) / sum(xi.values())) for k in keys) / 2))
print("rtb", (300.0 - 1000.0) / (300.0 + 1000.0))

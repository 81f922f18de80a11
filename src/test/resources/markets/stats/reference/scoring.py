# Independent reference for MarketScoring (pandas 1.5.3): four candidate markets with stated criterion values
# (demand in USD bn, growth as a fraction, supplier HHI, our share, unit value USD/kg, tariff %), weights
# 30/20/10/10/10/20, min-max and z (sample sd) normalisation, sensitivity +/-20 % and +/-60 % per weight.
import pandas as pd, itertools
d = pd.DataFrame({
    "DEMAND_SIZE":            {"USA": 60.0, "JPN": 25.0, "DEU": 18.0, "VNM": 30.0},
    "DEMAND_GROWTH":          {"USA": 0.03, "JPN": -0.01, "DEU": 0.02, "VNM": 0.15},
    "SUPPLIER_CONCENTRATION": {"USA": 0.18, "JPN": 0.25, "DEU": 0.12, "VNM": 0.40},
    "OUR_SHARE":              {"USA": 0.05, "JPN": 0.10, "DEU": 0.02, "VNM": 0.08},
    "UNIT_VALUE":             {"USA": 3500.0, "JPN": 4200.0, "DEU": 3900.0, "VNM": 1500.0},
    "TARIFF":                 {"USA": 0.0, "JPN": 0.0, "DEU": 0.0, "VNM": 5.0},
})
w = pd.Series({"DEMAND_SIZE": 30, "DEMAND_GROWTH": 20, "SUPPLIER_CONCENTRATION": 10, "OUR_SHARE": 10, "UNIT_VALUE": 10, "TARIFF": 20.0})
lower = ["SUPPLIER_CONCENTRATION", "TARIFF"]
def score(w, how):
    if how == "minmax":
        n = (d - d.min()) / (d.max() - d.min()); n[lower] = 1 - n[lower]
    else:
        n = (d - d.mean()) / d.std(ddof=1); n[lower] = -n[lower]
    return (n * (w / w.sum())).sum(axis=1).sort_values(ascending=False, kind="mergesort")
for how in ("minmax", "z"):
    s = score(w, how)
    print(how, [(k, repr(v)) for k, v in s.items()])
base = list(score(w, "minmax").index)
for x in (0.2, 0.6):
  print("change", x)
  for c in w.index:
    for f in (1 + x, 1 - x):
        w2 = w.copy(); w2[c] *= f
        order = list(score(w2, "minmax").index)
        rev = [(b, a) for a, b in itertools.combinations(base, 2) if order.index(b) < order.index(a)]
        if rev:
            print("  sensitivity", c, round(f, 2), order, "reversals (now above, now below)", rev)

# Independent reference for SeasonalDecomposition and ExponentialSmoothing (statsmodels 0.13.5, Debian).
# Series: ../co2_monthly_1980_1999.csv (written by co2_monthly.py from statsmodels' Mauna Loa CO2 data).
import warnings; warnings.simplefilter("ignore")
import numpy as np, pandas as pd
from statsmodels.tsa.seasonal import seasonal_decompose
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

df = pd.read_csv("../co2_monthly_1980_1999.csv")
y = pd.Series(df["co2"].values, index=pd.period_range("1980-01", periods=len(df), freq="M"))
m = 12
for kind in ("additive", "multiplicative"):
    d = seasonal_decompose(y.values, model=kind, period=m)
    print(f"decompose {kind}: trend[6]={d.trend[6]!r} trend[100]={d.trend[100]!r} trend[233]={d.trend[233]!r} "
          f"seasonal[0..11]={list(d.seasonal[:12])} resid[100]={d.resid[100]!r}")

def heuristic(kind):
    # The stated heuristic of ExponentialSmoothing.heuristicInitialState, written again with numpy.
    k = min(len(y), 5 * m)
    d = seasonal_decompose(y.values[:k], model=kind, period=m)
    idx = np.where(~np.isnan(d.trend))[0]
    b, a = np.polyfit(idx + 1, d.trend[idx], 1)
    return a, b, d.seasonal[:m].copy()

for kind, short in (("additive", "add"), ("multiplicative", "mul")):
    a, b, s = heuristic(kind)
    print(f"ets {short} initial: level={a!r} trend={b!r} seasonal={list(s)}")
    mod = ETSModel(y, error="add", trend="add", seasonal=short, seasonal_periods=m,
                   initialization_method="known", initial_level=a, initial_trend=b, initial_seasonal=s)
    fixed = mod.smooth([0.5, 0.05, 0.2])
    kw = {} if short == "add" else {"method": "simulated", "simulate_repetitions": 20000, "random_state": 1}
    fv = fixed.fittedvalues.values
    print(f"ets {short} fixed(0.5,0.05,0.2): fitted[0]={fv[0]!r} fitted[120]={fv[120]!r} fitted[239]={fv[239]!r} sse={fixed.sse!r}")
    pf = fixed.get_prediction(start=len(y), end=len(y) + 23, **kw).summary_frame(alpha=0.05)
    for h in (1, 12, 13, 24):
        row = pf.iloc[h - 1]
        print(f"  fixed h={h}: mean={row['mean']!r} lo={row['pi_lower']!r} hi={row['pi_upper']!r}")
    fit = mod.fit(disp=False)
    print(f"ets {short} fitted: params={list(fit.params)} sse={fit.sse!r} mse={fit.mse!r}")
    pf = fit.get_prediction(start=len(y), end=len(y) + 23, **kw).summary_frame(alpha=0.05)
    for h in (1, 12, 24):
        row = pf.iloc[h - 1]
        print(f"  fit h={h}: mean={row['mean']!r} lo={row['pi_lower']!r} hi={row['pi_upper']!r}")

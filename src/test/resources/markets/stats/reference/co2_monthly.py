# Writes the monthly test series: Mauna Loa CO2 (statsmodels.datasets.co2, weekly, NOAA), monthly means
# as in the statsmodels documentation (resample to month, back-fill gaps), 1980-01 .. 1999-12 (240 months).
import statsmodels.api as sm
d = sm.datasets.co2.load_pandas().data
m = d["co2"].resample("MS").mean().bfill()
m = m["1980-01":"1999-12"]
with open("../co2_monthly_1980_1999.csv", "w") as f:
    f.write("month,co2\n")
    for k, v in m.items():
        f.write(f"{k:%Y-%m},{v!r}\n")
print(len(m))

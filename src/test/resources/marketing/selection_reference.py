# Independent reference figures for MultiCriteriaSelectionTest, computed with numpy's general
# eigen-solver (LAPACK geev), not with the power iteration of the Java code.
# Run: python3 selection_reference.py   (numpy 2.x)
import numpy as np

RI = {3: 0.58, 4: 0.90, 5: 1.12}  # Saaty (1980) random index

def ahp(a):
    a = np.array(a, dtype=float)
    vals, vecs = np.linalg.eig(a)
    k = np.argmax(vals.real)
    w = np.abs(vecs[:, k].real)
    w = w / w.sum()
    lam = vals[k].real
    n = len(a)
    ci = (lam - n) / (n - 1)
    return w, lam, ci, ci / RI[n]

A = [[1, 3, 5, 1/2], [1/3, 1, 3, 1/4], [1/5, 1/3, 1, 1/6], [2, 4, 6, 1]]
w, lam, ci, cr = ahp(A)
print("AHP 4x4 weights", np.round(w, 10), "lambda", round(lam, 10), "CI", round(ci, 10), "CR", round(cr, 10))

B = [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]
w, lam, ci, cr = ahp(B)
print("AHP cyclic 3x3 weights", np.round(w, 10), "lambda", round(lam, 10), "CR", round(cr, 10))

# activities x criteria (culture benefit, cost cost, feasibility benefit, fit benefit)
X = np.array([[7, 120000, 6, 8], [5, 30000, 9, 6], [8, 250000, 4, 9], [6, 15000, 8, 5]], dtype=float)
benefit = np.array([True, False, True, True])
wts = np.array([0.3, 0.2, 0.2, 0.3])

# TOPSIS, vector normalisation
R = X / np.sqrt((X ** 2).sum(axis=0))
V = R * wts
best = np.where(benefit, V.max(axis=0), V.min(axis=0))
worst = np.where(benefit, V.min(axis=0), V.max(axis=0))
dp = np.sqrt(((V - best) ** 2).sum(axis=1))
dm = np.sqrt(((V - worst) ** 2).sum(axis=1))
print("TOPSIS closeness", np.round(dm / (dp + dm), 10))

# weighted sum, ratio normalisation (max for benefit, min/x for cost)
N = np.where(benefit, X / X.max(axis=0), X.min(axis=0) / X)
print("WEIGHTED scores", np.round(N @ wts, 10))

# AHP weights from A, then the weighted sum on X
w, _, _, _ = ahp(A)
print("AHP scores", np.round(N @ w, 10))

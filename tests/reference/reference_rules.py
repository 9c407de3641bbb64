"""What imbalanced-learn makes deterministic, recorded as it computes it (see make_fixtures.py): its
neighbour queries, which rows' verdicts rest on tie order, Borderline's and SVMSMOTE's sets, ADASYN's
per-anchor counts; and small helpers to run a sampler and name labels as the JSON does."""

import warnings
from collections import Counter

import numpy as np
from imblearn.over_sampling import SVMSMOTE, BorderlineSMOTE
from sklearn.neighbors import NearestNeighbors
from sklearn.svm import SVC

SEED = 0


def label_key(label):
    return str(label.item() if hasattr(label, "item") else label)


def counts_of(y):
    return {label_key(k): int(v) for k, v in sorted(Counter(y.tolist()).items())}


def json_label(label):
    return label.item() if hasattr(label, "item") else label


def neighbour_table(X, rows, candidates, k):
    """imbalanced-learn's query: (k+1)-NN fitted on X[candidates], queried with X[rows], column 0 dropped.
    Returns global indices, distances and a certainty mask (the entry's distance is tied with no other
    distance among the k+2 nearest, self included)."""
    nn = NearestNeighbors(n_neighbors=k + 1).fit(X[candidates])
    dist, ind = nn.kneighbors(X[rows])
    extra = min(k + 2, len(candidates))
    wide, _ = NearestNeighbors(n_neighbors=extra).fit(X[candidates]).kneighbors(X[rows])
    certain = []
    for r in range(len(rows)):
        certain.append([bool(np.sum(wide[r] == dist[r, j]) == 1) for j in range(1, k + 1)])
    return {
        "k": k,
        "rows": [int(i) for i in rows],
        "indices": [[int(candidates[j]) for j in ind[r, 1:]] for r in range(len(rows))],
        "distances": dist[:, 1:].tolist(),
        "certain": certain,
    }


def others_by_distance(X, i):
    """(distances, rows) of every other row, nearest first."""
    d = np.sqrt(((X - X[i]) ** 2).sum(axis=1))
    rows = np.delete(np.arange(len(X)), i)
    d = d[rows]
    order = np.argsort(d, kind="stable")
    return d[order], rows[order]


def labels_ambiguous(X, y, i, k):
    """Whether the labels of row i's k nearest other rows depend on how ties are broken: an exact copy
    with another label (imbalanced-learn may keep the row itself in its place), or a tie across the
    k-th place between rows of different labels."""
    d, rows = others_by_distance(X, i)
    if np.any(y[rows[d == 0]] != y[i]):
        return True
    if len(d) <= k or d[k - 1] != d[k]:
        return False
    return len(set(y[rows[d == d[k - 1]]].tolist())) > 1


def ambiguous_rows(X, y, k):
    return [i for i in range(len(X)) if labels_ambiguous(X, y, i, k)]


def tomek_ambiguous_rows(X, y):
    """Rows whose Tomek verdict depends on tie order: their nearest other-label candidates are tied, or
    such a candidate's own nearest row is tied."""
    nearest = []
    for i in range(len(X)):
        d, rows = others_by_distance(X, i)
        nearest.append(rows[d == d[0]])
    out = []
    for i in range(len(X)):
        group = nearest[i]
        other = [j for j in group if y[j] != y[i]]
        mixed = len(group) > 1 and len(other) > 0
        self_copy = np.any(others_by_distance(X, i)[0][:1] == 0) and len(other) > 0
        if mixed or self_copy or any(len(nearest[j]) > 1 for j in other):
            out.append(i)
    return out


def danger_noise(X, y, m):
    """BorderlineSMOTE's own rule (its _in_danger_noise on an (m+1)-NN over all X), per class."""
    helper = BorderlineSMOTE(m_neighbors=m)
    helper._validate_estimator()
    helper.nn_m_.fit(X)
    out = {}
    for c in np.unique(y):
        rows = np.flatnonzero(y == c)
        danger = helper._in_danger_noise(helper.nn_m_, X[rows], c, y, kind="danger")
        noise = helper._in_danger_noise(helper.nn_m_, X[rows], c, y, kind="noise")
        out[label_key(c)] = {"danger": rows[danger].tolist(), "noise": rows[noise].tolist()}
    return out


def svm_split(X, y, m):
    """SVMSMOTE's selection, step by step as its _fit_resample does it, per class."""
    svc = SVC(gamma="scale", random_state=SEED).fit(X, y)
    helper = SVMSMOTE(m_neighbors=m)
    helper._validate_estimator()
    helper.nn_m_.fit(X)
    alpha = dict(zip(svc.support_.tolist(), np.abs(svc.dual_coef_).max(axis=0).tolist()))
    out = {}
    for c in np.unique(y):
        sv = svc.support_[y[svc.support_] == c]
        noise = helper._in_danger_noise(helper.nn_m_, X[sv], c, y, kind="noise") if len(sv) else np.array([], bool)
        kept = sv[~noise]
        danger = helper._in_danger_noise(helper.nn_m_, X[kept], c, y, kind="danger") if len(kept) else np.array([], bool)
        out[label_key(c)] = {
            "support": sv.tolist(),
            "alpha": [alpha[int(i)] for i in sv],
            "noise": sv[noise].tolist(),
            "danger": kept[danger].tolist(),
            "safe": kept[~danger].tolist(),
        }
    return out


def adasyn_counts(X, y, targets, k):
    """ADASYN's per-anchor counts g_i, recomputed from sklearn neighbours as the spec says."""
    out = {}
    for c, n in targets.items():
        if n == 0:
            continue
        rows = np.flatnonzero(y == c)
        nns = NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(X[rows], return_distance=False)[:, 1:]
        r = np.sum(y[nns] != c, axis=1) / k
        if r.sum() == 0:
            out[label_key(c)] = {"rows": rows.tolist(), "error": "no neighbour of another class"}
            continue
        weights = r / r.sum()
        g = np.rint(weights * n).astype(int)
        out[label_key(c)] = {
            "rows": rows.tolist(),
            "weights": weights.tolist(),
            "g": g.tolist(),
            "certain": not any(labels_ambiguous(X, y, int(i), k) for i in rows),
        }
    return out


def attempt(make, X, y):
    """fit_resample, or the exception it raises as {exception, message}."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sampler = make()
            Xr, yr = sampler.fit_resample(X, y)
        return sampler, Xr, yr, None
    except Exception as e:  # noqa: BLE001 - every failure is recorded, not hidden
        return None, None, None, {"exception": type(e).__name__, "message": str(e).splitlines()[0]}


def py_strategy(strategy, y):
    """JSON-style strategy (dict keys are label strings) -> imbalanced-learn's (keys are labels)."""
    by_key = {label_key(c): json_label(c) for c in np.unique(y)}
    if isinstance(strategy, dict):
        return {by_key.get(k, k): v for k, v in strategy.items()}
    if isinstance(strategy, list):
        return [by_key.get(k, k) for k in strategy]
    return strategy


def over_sampling_targets(y, strategy):
    from imblearn.utils import check_sampling_strategy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return check_sampling_strategy(py_strategy(strategy, y), y, "over-sampling")

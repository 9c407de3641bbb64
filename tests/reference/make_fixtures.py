"""Writes the imbalanced-learn reference fixtures that tests/reference/*.test.ts check smote-lab against.

Run with Debian's Python (python3-imblearn 0.10.0, scikit-learn 1.2.1):

    /usr/bin/python3 tests/reference/make_fixtures.py

Output, in tests/reference/fixtures/:
  dataset-<name>.json  one small seeded dataset (X, y, or a table of strings for the categorical ones)
                       and, per method and sampling_strategy, what imbalanced-learn makes deterministic:
                       class counts after resampling, neighbour tables, danger/noise sets, SVMSMOTE's
                       support vectors and split, ADASYN's per-anchor counts, the rows the cleaners keep.
  errors.json          inputs on which imbalanced-learn raises, with the exception class and message.

Ties: imbalanced-learn drops column 0 of a k-NN query as "self", which with exact duplicates need not
be the row itself. Every neighbour-based record therefore says which rows or entries are free of
distance ties ("certain"); the tests compare exactly there and by rule elsewhere.

Where 0.10 differs from 0.14 (Borderline-2, SMOTENC's median), the fixture says so and the tests follow
the 0.14 spec instead.
"""

import json
import os
import sys
import warnings
from collections import Counter

import imblearn
import numpy as np
import sklearn
from imblearn.combine import SMOTEENN, SMOTETomek
from imblearn.over_sampling import (
    ADASYN,
    SMOTE,
    SMOTEN,
    SMOTENC,
    SVMSMOTE,
    BorderlineSMOTE,
    KMeansSMOTE,
    RandomOverSampler,
)
from imblearn.under_sampling import EditedNearestNeighbours, TomekLinks
from sklearn.neighbors import NearestNeighbors
from sklearn.svm import SVC

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
SEED = 0


# ---------------------------------------------------------------- datasets


def gaussian_classes(rng, spec, dim):
    """spec: (label, count, centre, spread) per class; rows shuffled so classes interleave."""
    X = np.vstack([rng.normal(centre, spread, size=(count, dim)) for _, count, centre, spread in spec])
    y = np.array([label for label, count, _, _ in spec for _ in range(count)])
    order = rng.permutation(len(y))
    return X[order], y[order]


def numeric_datasets():
    rng = np.random.RandomState(1)
    X, y = gaussian_classes(rng, [(0, 110, (0.0, 0.0), 1.0), (1, 30, (1.6, 1.2), 0.8)], 2)
    yield "binary-2d", "two overlapping Gaussian classes, 110 vs 30", X, y

    rng = np.random.RandomState(2)
    centres = [np.zeros(5), np.full(5, 1.0), np.array([2.0, 0.0, 1.0, 0.0, 2.0])]
    X, y = gaussian_classes(rng, [(0, 120, centres[0], 1.0), (1, 55, centres[1], 1.0), (2, 25, centres[2], 0.9)], 5)
    yield "three-5d", "three Gaussian classes in 5-D, 120 / 55 / 25", X, y

    rng = np.random.RandomState(3)
    X, y = gaussian_classes(rng, [(0, 40, (0.0, 0.0), 1.0), (1, 14, (1.2, 1.0), 0.8)], 2)
    major = np.flatnonzero(y == 0)
    minor = np.flatnonzero(y == 1)
    extra_X = [X[major[:4]], X[minor[:4]], X[[minor[5]] * 2], X[major[5:7]], X[minor[6:7]]]
    extra_y = [np.zeros(4, int), np.ones(4, int), np.ones(2, int), np.ones(2, int), np.zeros(1, int)]
    X = np.vstack([X] + extra_X)
    y = np.concatenate([y] + extra_y)
    yield (
        "duplicates-2d",
        "54 rows plus exact copies: 4 majority and 4 minority rows copied once, one minority row three times,"
        " and 3 rows copied with the other label",
        X,
        y,
    )

    rng = np.random.RandomState(4)
    X, y = gaussian_classes(
        rng, [("zeta", 90, (0.0, 0.0), 1.0), ("alpha", 22, (1.5, 1.5), 0.9), ("mid", 45, (-1.5, 1.0), 1.0)], 2
    )
    yield "strings-2d", "string labels whose sorted order (alpha, mid, zeta) differs from their sizes", X, y

    rng = np.random.RandomState(5)
    X, y = gaussian_classes(
        rng,
        [
            (1, 25, (0.0, 0.0), 0.4),
            (0, 5, (0.0, 0.0), 0.4),
            (1, 18, (20.0, 0.0), 0.6),
            (0, 3, (20.0, 0.0), 0.6),
            (0, 60, (0.0, 20.0), 0.5),
            (0, 60, (20.0, 20.0), 0.5),
        ],
        2,
    )
    yield "clusters-2d", "four far-apart blobs; the minority dominates two of them (KMeansSMOTE's case)", X, y


def mixed_table():
    rng = np.random.RandomState(6)
    n0, n1 = 60, 20
    num = np.vstack([rng.normal(0, 1, (n0, 2)), rng.normal(1.2, 0.9, (n1, 2))])
    colour = np.concatenate([rng.choice(["red", "green", "blue"], n0, p=[0.5, 0.3, 0.2]),
                             rng.choice(["red", "green", "blue"], n1, p=[0.1, 0.3, 0.6])])
    size = np.concatenate([rng.choice(["S", "M", "L"], n0), rng.choice(["S", "M", "L"], n1, p=[0.6, 0.3, 0.1])])
    y = np.array([0] * n0 + [1] * n1)
    order = rng.permutation(n0 + n1)
    header = ["width", "colour", "height", "size"]
    rows = [[repr(float(num[i, 0])), str(colour[i]), repr(float(num[i, 1])), str(size[i])] for i in order]
    return header, rows, y[order], [1, 3]


def categorical_table():
    rng = np.random.RandomState(7)
    n0, n1 = 60, 18
    cols = {
        "weather": (["sun", "rain", "snow"], [0.6, 0.3, 0.1], [0.2, 0.5, 0.3]),
        "road": (["dry", "wet"], [0.7, 0.3], [0.3, 0.7]),
        "light": (["day", "dusk", "night"], [0.5, 0.3, 0.2], [0.2, 0.3, 0.5]),
    }
    values = {
        name: np.concatenate([rng.choice(v, n0, p=p0), rng.choice(v, n1, p=p1)]) for name, (v, p0, p1) in cols.items()
    }
    y = np.array(["no"] * n0 + ["yes"] * n1)
    order = rng.permutation(n0 + n1)
    header = list(cols)
    rows = [[str(values[name][i]) for name in header] for i in order]
    return header, rows, y[order]


# ---------------------------------------------------------------- helpers


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


# ---------------------------------------------------------------- runs


def over_sampler_runs(X, y, strategies):
    runs = []
    dn = danger_noise(X, y, 10)
    split = svm_split(X, y, 10)
    ambiguous_m = ambiguous_rows(X, y, 10)
    for strategy in strategies:
        s = py_strategy(strategy, y)
        targets = over_sampling_targets(y, strategy)
        sampled = [label_key(c) for c, n in targets.items() if n > 0]
        base = {"sampling_strategy": strategy}

        def record(method, params, make, **extra):
            def build():
                sampler = make()
                if strategy == "minority":
                    sampler._validate_params = lambda: None
                return sampler

            _, _, yr, err = attempt(build, X, y)
            run = {"method": method, "params": params}
            run.update({"error": err} if err else {"counts_after": counts_of(yr)})
            if strategy == "minority":
                run["note_0_10"] = "0.10's parameter check rejects 'minority' (0.14 accepts it); run with that check skipped"
            run.update(extra)
            runs.append(run)
            return run

        record("SMOTE", base, lambda: SMOTE(sampling_strategy=s, random_state=SEED))
        record("SMOTE", {**base, "k_neighbors": 3}, lambda: SMOTE(sampling_strategy=s, k_neighbors=3, random_state=SEED))
        record("RandomOverSampler", base, lambda: RandomOverSampler(sampling_strategy=s, random_state=SEED))
        record(
            "BorderlineSMOTE",
            {**base, "kind": "borderline-1"},
            lambda: BorderlineSMOTE(sampling_strategy=s, random_state=SEED),
            danger={c: dn[c]["danger"] for c in sampled},
            noise={c: dn[c]["noise"] for c in sampled},
            ambiguous=ambiguous_m,
        )
        # 0.14 generates all n samples of a class with danger samples; 0.10's borderline-2 does not.
        spec_counts = counts_of(y)
        for c, n in targets.items():
            if dn[label_key(c)]["danger"]:
                spec_counts[label_key(c)] += int(n)
        b2 = record(
            "BorderlineSMOTE",
            {**base, "kind": "borderline-2"},
            lambda: BorderlineSMOTE(sampling_strategy=s, kind="borderline-2", random_state=SEED),
            note="counts_after follows the 0.14 spec; imblearn_0_10 is what Debian's 0.10 made of it",
        )
        b2["imblearn_0_10"] = b2.pop("error") if "error" in b2 else b2["counts_after"]
        b2["counts_after"] = spec_counts
        svm = record(
            "SVMSMOTE",
            base,
            lambda: SVMSMOTE(sampling_strategy=s, random_state=SEED),
            svm={c: split[c] for c in sampled},
            ambiguous=ambiguous_m,
        )
        # With danger and safe support vectors both present the class gets exactly n; otherwise the
        # count depends on imbalanced-learn's Beta(10, 10) draw.
        svm["deterministic"] = all(split[c]["danger"] and split[c]["safe"] for c in sampled)
        ada = record(
            "ADASYN",
            base,
            lambda: ADASYN(sampling_strategy=s, random_state=SEED),
            anchor_counts=adasyn_counts(X, y, targets, 5),
        )
        if "counts_after" in ada:
            for c, rec in ada["anchor_counts"].items():
                assert counts_of(y)[c] + sum(rec["g"]) == ada["counts_after"][c], "ADASYN total mismatch"
    return runs


def combination_runs(X, y, strategies):
    runs = []
    for strategy in strategies:
        s = py_strategy(strategy, y)
        _, _, y_smote, _ = attempt(lambda: SMOTE(sampling_strategy=s, random_state=SEED), X, y)
        for name, cls in (("SMOTETomek", SMOTETomek), ("SMOTEENN", SMOTEENN)):
            _, _, yr, err = attempt(lambda: cls(sampling_strategy=s, random_state=SEED), X, y)
            run = {"method": name, "params": {"sampling_strategy": strategy}}
            if err:
                run["error"] = err
            else:
                run["counts_after_smote"] = counts_of(y_smote)
                run["counts_after_imblearn"] = counts_of(yr)
                run["note"] = "counts after cleaning depend on where the random synthetic rows fall"
            runs.append(run)
    return runs


def cleaner_runs(X, y, strategies):
    runs = []

    def record(method, params, make, ambiguous):
        sampler, _, _, err = attempt(make, X, y)
        run = {"method": method, "params": params}
        if err:
            run["error"] = err
        else:
            kept = sampler.sample_indices_.tolist()
            run["kept"] = kept
            run["removed"] = sorted(set(range(len(y))) - set(kept))
            run["ambiguous"] = ambiguous
        runs.append(run)

    tomek_ambiguous = tomek_ambiguous_rows(X, y)
    enn_ambiguous = {k: ambiguous_rows(X, y, k) for k in (3, 5)}
    for strategy in strategies:
        s = py_strategy(strategy, y)
        record("TomekLinks", {"sampling_strategy": strategy}, lambda: TomekLinks(sampling_strategy=s), tomek_ambiguous)
        for k in (3, 5):
            for kind_sel in ("all", "mode"):
                record(
                    "EditedNearestNeighbours",
                    {"sampling_strategy": strategy, "n_neighbors": k, "kind_sel": kind_sel},
                    lambda: EditedNearestNeighbours(sampling_strategy=s, n_neighbors=k, kind_sel=kind_sel),
                    enn_ambiguous[k],
                )
    return runs


def cleaning_after_smote(X, y):
    """The cleaning stage of SMOTETomek / SMOTEENN on a pool with synthetic rows: imbalanced-learn's
    SMOTE output, then the default cleaners on it. Checks that the combinations are exactly that."""
    Xs, ys = SMOTE(random_state=SEED).fit_resample(X, y)
    tomek = TomekLinks(sampling_strategy="all")
    tomek.fit_resample(Xs, ys)
    enn = EditedNearestNeighbours(sampling_strategy="all")
    enn.fit_resample(Xs, ys)
    Xt, _ = SMOTETomek(random_state=SEED).fit_resample(X, y)
    Xe, _ = SMOTEENN(random_state=SEED).fit_resample(X, y)
    assert np.array_equal(Xt, Xs[tomek.sample_indices_]), "SMOTETomek is not SMOTE then TomekLinks('all')"
    assert np.array_equal(Xe, Xs[enn.sample_indices_]), "SMOTEENN is not SMOTE then ENN('all')"
    return {
        "X": Xs.tolist(),
        "y": [json_label(v) for v in ys],
        "n_input": len(y),
        "tomek_kept": tomek.sample_indices_.tolist(),
        "enn_kept": enn.sample_indices_.tolist(),
        "ambiguous_tomek": tomek_ambiguous_rows(Xs, ys),
        "ambiguous_enn": ambiguous_rows(Xs, ys, 3),
    }


def numeric_fixture(name, description, X, y):
    labels = np.unique(y)
    binary = len(labels) == 2
    minority = label_key(sorted(labels, key=lambda c: (np.sum(y == c)))[0])
    strategies = ["auto", "minority", "not minority", "not majority", "all"]
    if binary:
        strategies += [0.8]
        strategies += [{minority: int(np.sum(y == labels[0]) + np.sum(y == labels[1]))}]
    else:
        strategies += [{label_key(c): int(np.sum(y == c)) * 2 for c in labels[1:]}]
    cleaning = ["auto", "all", "majority", "not majority", [minority]]
    all_rows = np.arange(len(y))
    fixture = {
        "name": name,
        "description": description,
        "X": X.tolist(),
        "y": [json_label(v) for v in y],
        "counts": counts_of(y),
        "knn_within_class": {
            label_key(c): neighbour_table(X, np.flatnonzero(y == c), np.flatnonzero(y == c), 5) for c in labels
        },
        "knn_all": neighbour_table(X, all_rows, all_rows, 5),
        "runs": over_sampler_runs(X, y, strategies)
        + combination_runs(X, y, ["auto", strategies[-1]])
        + cleaner_runs(X, y, cleaning),
    }
    if name in ("binary-2d", "three-5d", "duplicates-2d"):
        fixture["cleaning_after_smote"] = cleaning_after_smote(X, y)
    if name == "clusters-2d":
        fixture["runs"] += kmeans_runs(X, y)
    return fixture


def kmeans_runs(X, y):
    runs = []
    for strategy in ("auto", 0.8):
        sampler, _, yr, err = attempt(
            lambda: KMeansSMOTE(sampling_strategy=strategy, kmeans_estimator=4, random_state=SEED), X, y
        )
        run = {"method": "KMeansSMOTE", "params": {"sampling_strategy": strategy, "kmeans_estimator": 4}}
        if err:
            run["error"] = err
        else:
            run["counts_after"] = counts_of(yr)
            run["cluster_labels"] = sampler.kmeans_estimator_.labels_.tolist()
        runs.append(run)
    return runs


def table_fixture(name, description, header, rows, y, runs):
    return {
        "name": name,
        "description": description,
        "table": {"header": header + ["label"], "rows": [r + [str(json_label(v))] for r, v in zip(rows, y)]},
        "y": [json_label(v) for v in y],
        "counts": counts_of(y),
        "runs": runs,
    }


def mixed_fixture():
    header, rows, y, cat_idx = mixed_table()
    X = np.array(rows, dtype=object)
    for j in range(X.shape[1]):
        if j not in cat_idx:
            X[:, j] = X[:, j].astype(float)
    runs = []
    for strategy in ("auto", "all", 0.6):
        _, _, yr, err = attempt(
            lambda: SMOTENC(categorical_features=cat_idx, sampling_strategy=strategy, random_state=SEED), X, y
        )
        runs.append(
            {
                "method": "SMOTENC",
                "params": {"sampling_strategy": strategy, "categorical_features": [header[j] for j in cat_idx]},
                **({"error": err} if err else {"counts_after": counts_of(yr)}),
                "note": "counts only: 0.10's SMOTENC medians and one-hot scale differ from 0.14",
            }
        )
    return table_fixture("mixed", "two numeric and two categorical features, 60 vs 20", header, rows, y, runs)


def categorical_fixture():
    header, rows, y = categorical_table()
    X = np.array(rows, dtype=object)
    runs = []
    for strategy in ("auto", "all", {"yes": 70}):
        s = py_strategy(strategy, y)
        _, Xr, yr, err = attempt(lambda: SMOTEN(sampling_strategy=s, random_state=SEED), X, y)
        run = {"method": "SMOTEN", "params": {"sampling_strategy": strategy}}
        run.update({"error": err} if err else {"counts_after": counts_of(yr)})
        runs.append(run)
    return table_fixture("categorical", "three categorical features, 60 'no' vs 18 'yes'", header, rows, y, runs)


# ---------------------------------------------------------------- errors


def error_cases():
    rng = np.random.RandomState(8)
    X = rng.normal(0, 1, (30, 2))
    y = np.array([0] * 26 + [1] * 4)
    X3 = rng.normal(0, 1, (40, 2))
    y3 = np.array([0] * 20 + [1] * 12 + [2] * 8)
    Xsep = np.vstack([rng.normal(0, 0.3, (20, 2)), rng.normal(10, 0.3, (8, 2))])
    ysep = np.array([0] * 20 + [1] * 8)
    # Each minority row sits alone among majority rows: every support vector is noise.
    Xnoise = np.vstack([rng.uniform(0, 10, (60, 2)), [[2.0, 2.0], [8.0, 8.0], [2.0, 8.0]]])
    ynoise = np.array([0] * 60 + [1] * 3)
    Xsame = np.vstack([rng.normal(0, 1, (30, 2)), np.full((6, 2), 5.0)])
    ysame = np.array([0] * 30 + [1] * 6)

    def case(method, make, X, y, params, parameters, classes=()):
        _, _, _, err = attempt(make, X, y)
        assert err is not None, f"{method} {params} did not fail"
        return {
            "method": method,
            "params": params,
            "X": X.tolist(),
            "y": [json_label(v) for v in y],
            **err,
            "names": {"parameters": parameters, "classes": list(classes)},
        }

    return [
        case("SMOTE", lambda: SMOTE(), X, y, {}, ["k_neighbors"]),
        case("SMOTE", lambda: SMOTE(k_neighbors=0), X3, y3, {"k_neighbors": 0}, ["k_neighbors"]),
        case("SMOTE", lambda: SMOTE(sampling_strategy=0.5), X3, y3, {"sampling_strategy": 0.5}, ["sampling_strategy"]),
        case("SMOTE", lambda: SMOTE(sampling_strategy=0.1, k_neighbors=3), X, y, {"sampling_strategy": 0.1, "k_neighbors": 3},
             ["sampling_strategy"]),
        case("SMOTE", lambda: SMOTE(sampling_strategy={7: 30}), X3, y3, {"sampling_strategy": {"7": 30}},
             ["sampling_strategy"]),
        case("SMOTE", lambda: SMOTE(sampling_strategy={1: -5}), X3, y3, {"sampling_strategy": {"1": -5}},
             ["sampling_strategy"]),
        case("SMOTE", lambda: SMOTE(sampling_strategy={1: 5}), X3, y3, {"sampling_strategy": {"1": 5}},
             ["sampling_strategy"]),
        case("SMOTE", lambda: SMOTE(), X3, np.zeros(40, int), {}, ["label"]),
        case("RandomOverSampler", lambda: RandomOverSampler(shrinkage={1: -1.0, 2: 1.0}), X3, y3,
             {"shrinkage": {"1": -1.0, "2": 1.0}}, ["shrinkage"]),
        case("RandomOverSampler", lambda: RandomOverSampler(shrinkage={1: 1.0}), X3, y3, {"shrinkage": {"1": 1.0}},
             ["shrinkage"]),
        case("BorderlineSMOTE", lambda: BorderlineSMOTE(m_neighbors=40, k_neighbors=3), X, y,
             {"m_neighbors": 40, "k_neighbors": 3}, ["m_neighbors"]),
        case("BorderlineSMOTE", lambda: BorderlineSMOTE(kind="borderline-3"), X3, y3, {"kind": "borderline-3"}, ["kind"]),
        case("SVMSMOTE", lambda: SVMSMOTE(out_step=2.0), X3, y3, {"out_step": 2.0}, ["out_step"]),
        case("SVMSMOTE", lambda: SVMSMOTE(k_neighbors=2, random_state=SEED), Xnoise, ynoise, {"k_neighbors": 2},
             ["m_neighbors"], ["1"]),
        case("ADASYN", lambda: ADASYN(), Xsep, ysep, {}, ["n_neighbors"], ["1"]),
        case("ADASYN", lambda: ADASYN(n_neighbors=0), X3, y3, {"n_neighbors": 0}, ["n_neighbors"]),
        case("KMeansSMOTE", lambda: KMeansSMOTE(kmeans_estimator=2, random_state=SEED), Xsame, ysame,
             {"kmeans_estimator": 2}, ["kmeans_estimator"], ["1"]),
        case("KMeansSMOTE", lambda: KMeansSMOTE(kmeans_estimator=50, random_state=SEED), X3[::2], y3[::2],
             {"kmeans_estimator": 50}, ["kmeans_estimator"]),
        case("KMeansSMOTE", lambda: KMeansSMOTE(kmeans_estimator=3, cluster_balance_threshold=0.99, random_state=SEED),
             X3, y3, {"kmeans_estimator": 3, "cluster_balance_threshold": 0.99},
             ["cluster_balance_threshold"], ["1", "2"]),
        case("SMOTETomek", lambda: SMOTETomek(), X, y, {}, ["k_neighbors"]),
        case("SMOTEENN", lambda: SMOTEENN(sampling_strategy=0.5), X3, y3, {"sampling_strategy": 0.5},
             ["sampling_strategy"]),
        case("TomekLinks", lambda: TomekLinks(sampling_strategy=0.5), X, y, {"sampling_strategy": 0.5},
             ["sampling_strategy"]),
        case("EditedNearestNeighbours", lambda: EditedNearestNeighbours(sampling_strategy={0: 10}), X, y,
             {"sampling_strategy": {"0": 10}}, ["sampling_strategy"]),
        case("EditedNearestNeighbours", lambda: EditedNearestNeighbours(n_neighbors=0), X, y, {"n_neighbors": 0},
             ["n_neighbors"]),
        case("EditedNearestNeighbours", lambda: EditedNearestNeighbours(kind_sel="some"), X, y, {"kind_sel": "some"},
             ["kind_sel"]),
        case("EditedNearestNeighbours", lambda: EditedNearestNeighbours(n_neighbors=30), X, y, {"n_neighbors": 30},
             ["n_neighbors"]),
    ]


# ---------------------------------------------------------------- main


def main():
    # scikit-learn prints sets of options in messages; a fixed hash seed fixes their order.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    os.makedirs(OUT, exist_ok=True)
    meta = {
        "generator": "tests/reference/make_fixtures.py",
        "imblearn": imblearn.__version__,
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "random_state": SEED,
    }
    fixtures = [numeric_fixture(*args) for args in numeric_datasets()]
    fixtures += [mixed_fixture(), categorical_fixture()]
    for fixture in fixtures:
        path = os.path.join(OUT, f"dataset-{fixture['name']}.json")
        with open(path, "w") as f:
            json.dump({"meta": meta, **fixture}, f)
        print(path, len(fixture["runs"]), "runs")
    path = os.path.join(OUT, "errors.json")
    with open(path, "w") as f:
        json.dump({"meta": meta, "cases": error_cases()}, f, indent=1)
    print(path)


if __name__ == "__main__":
    main()

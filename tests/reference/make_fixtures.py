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

sys.dont_write_bytecode = True  # the helper modules beside this script leave no __pycache__

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
from reference_datasets import categorical_table, mixed_table, numeric_datasets
from reference_errors import error_cases
from reference_rules import (
    SEED,
    adasyn_counts,
    ambiguous_rows,
    attempt,
    counts_of,
    danger_noise,
    json_label,
    label_key,
    neighbour_table,
    over_sampling_targets,
    py_strategy,
    svm_split,
    tomek_ambiguous_rows,
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")


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

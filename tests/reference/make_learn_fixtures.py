"""Writes the scikit-learn fixtures that tests/core/learn/*.test.ts check smote-lab's classifiers and
metrics against.

Run with Debian's Python (scikit-learn 1.2, imbalanced-learn 0.10):

    /usr/bin/python3 tests/reference/make_learn_fixtures.py

Output, in tests/reference/fixtures/:
  learn-classifiers.json  per small dataset: training X and y, query points, and
                          LogisticRegression coef_/intercept_ (plain and class_weight='balanced',
                          by newton-cg to a tight tolerance, so the optimum itself is recorded),
                          KNeighborsClassifier predict / predict_proba,
                          DecisionTreeClassifier predict / predict_proba (plain and balanced).
  learn-metrics.json      fixed label and score vectors (with tied scores) and every metric on them.
"""

import json
import os
import sys

sys.dont_write_bytecode = True

import imblearn
import numpy as np
import sklearn
from imblearn.metrics import geometric_mean_score
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    average_precision_score,
    balanced_accuracy_score,
    confusion_matrix,
    f1_score,
    precision_recall_curve,
    precision_score,
    recall_score,
    roc_auc_score,
)
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
META = {
    "generator": "tests/reference/make_learn_fixtures.py",
    "sklearn": sklearn.__version__,
    "imblearn": imblearn.__version__,
    "numpy": np.__version__,
}


def overlapping_blobs(rng, n_major, n_minor, d, shift):
    X = np.vstack([rng.normal(size=(n_major, d)), rng.normal(size=(n_minor, d)) + shift])
    y = np.array([0] * n_major + [1] * n_minor)
    return X, y


def binary_2d():
    with open(os.path.join(OUT, "dataset-binary-2d.json")) as f:
        data = json.load(f)
    return np.array(data["X"]), np.array(data["y"])


def datasets():
    rng = np.random.default_rng(7)
    X2, y2 = binary_2d()
    X4, y4 = overlapping_blobs(rng, 90, 30, 4, 1.0)
    X3, y3 = overlapping_blobs(rng, 60, 15, 3, 1.5)
    X3 = X3 * np.array([1.0, 10.0, 0.1])  # unequal scales, as raw CSV columns have
    return {"binary-2d": (X2, y2), "blobs-4d": (X4, y4), "scaled-3d": (X3, y3)}


def logistic(X, y, class_weight):
    model = LogisticRegression(class_weight=class_weight, solver="newton-cg", tol=1e-12, max_iter=1000)
    model.fit(X, y)
    return {"coef": model.coef_[0].tolist(), "intercept": float(model.intercept_[0])}


def classifier_record(name, X, y, rng):
    lo, hi = X.min(axis=0), X.max(axis=0)
    queries = rng.uniform(lo, hi, size=(150, X.shape[1]))
    knn = KNeighborsClassifier().fit(X, y)
    tree = DecisionTreeClassifier(random_state=0).fit(X, y)
    tree_bal = DecisionTreeClassifier(random_state=0, class_weight="balanced").fit(X, y)
    return {
        "name": name,
        "X": X.tolist(),
        "y": y.tolist(),
        "queries": queries.tolist(),
        "logistic": logistic(X, y, None),
        "logistic_balanced": logistic(X, y, "balanced"),
        "logistic_default_proba": LogisticRegression()
        .fit(X, y)
        .predict_proba(queries)[:, 1]
        .tolist(),
        "knn_predict": knn.predict(queries).tolist(),
        "knn_proba": knn.predict_proba(queries)[:, 1].tolist(),
        "tree_predict": tree.predict(queries).tolist(),
        "tree_proba": tree.predict_proba(queries)[:, 1].tolist(),
        "tree_train_predict": tree.predict(X).tolist(),
        # the seed scikit-learn's Splitter draws from random_state=0 for its feature order
        "tree_splitter_seed": int(np.random.RandomState(0).randint(0, 2**31 - 1)),
        "tree_depth": int(tree.get_depth()),
        "tree_leaves": int(tree.get_n_leaves()),
        "tree_balanced_proba": tree_bal.predict_proba(queries)[:, 1].tolist(),
    }


def metric_case(name, y, scores):
    pred = (scores > 0.5).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred, labels=[0, 1]).ravel()
    precision, recall, thresholds = precision_recall_curve(y, scores)
    return {
        "name": name,
        "y": y.tolist(),
        "scores": scores.tolist(),
        "confusion": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)},
        "recall": recall_score(y, pred, zero_division=0),
        "precision": precision_score(y, pred, zero_division=0),
        "f1": f1_score(y, pred, zero_division=0),
        "g_mean": geometric_mean_score(y, pred),
        "balanced_accuracy": balanced_accuracy_score(y, pred),
        "roc_auc": roc_auc_score(y, scores),
        "pr_auc": average_precision_score(y, scores),
        # scikit-learn lists the curve lowest threshold first, ending with the (recall 0, precision 1) point
        "pr_curve": {
            "precision": precision.tolist(),
            "recall": recall.tolist(),
            "thresholds": thresholds.tolist(),
        },
    }


def metric_cases():
    rng = np.random.default_rng(11)
    y = (rng.uniform(size=60) < 0.25).astype(int)
    smooth = np.clip(0.35 * y + rng.uniform(size=60) * 0.7, 0, 1)
    cases = [metric_case("continuous", y, smooth)]
    cases.append(metric_case("ties", y, np.round(smooth, 1)))
    cases.append(metric_case("tree-like", y, np.round(smooth * 4) / 4))
    y2 = np.array([0, 0, 1, 0, 1, 0, 0, 0, 1, 0])
    cases.append(metric_case("none-predicted", y2, np.array([0.1, 0.4, 0.3, 0.2, 0.45, 0.0, 0.5, 0.05, 0.35, 0.2])))
    return cases


def write(name, payload):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump({"meta": META, **payload}, f, indent=None, separators=(",", ":"))
        f.write("\n")


def main():
    rng = np.random.default_rng(3)
    records = [classifier_record(name, X, y, rng) for name, (X, y) in datasets().items()]
    write("learn-classifiers.json", {"datasets": records})
    write("learn-metrics.json", {"cases": metric_cases()})


if __name__ == "__main__":
    main()

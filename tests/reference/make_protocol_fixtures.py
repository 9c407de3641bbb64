"""Writes the reference for smote-lab's evaluation protocol, run with scikit-learn and imbalanced-learn.

Run with Debian's Python (scikit-learn 1.2, imbalanced-learn 0.10):

    /usr/bin/python3 tests/reference/make_protocol_fixtures.py

For each dataset, RepeatedStratifiedKFold(n_splits=5, n_repeats=10, random_state=0) splits the rows and
an imbalanced-learn Pipeline (StandardScaler, then the sampler, then the classifier) is cross-validated
on those splits, so scaling and resampling see the training part only. Output,
tests/reference/fixtures/learn-protocol.json: per dataset its X and y, the test fold of every row in
each repeat (smote-lab reruns the protocol on exactly these splits), and per (method, classifier) the
mean and standard deviation of recall and ROC AUC for the minority class (label 1) over the folds,
averaged over five random_state seeds where the sampler or the tree draws.
"""

import json
import os
import sys

sys.dont_write_bytecode = True

import imblearn
import numpy as np
import sklearn
from imblearn.over_sampling import ADASYN, SMOTE, RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
FOLDS, REPEATS = 5, 10
# imbalanced-learn reuses one random_state in every fold, so one seed's luck moves every fold alike;
# the reference is the average over these seeds of the sampler and the tree.
SEEDS = range(5)
SAMPLERS = {"SMOTE": SMOTE, "ADASYN": ADASYN, "RandomOverSampler": RandomOverSampler}


def classifier(name, balanced, seed):
    weight = "balanced" if balanced else None
    if name == "logistic":
        return LogisticRegression(class_weight=weight)
    if name == "tree":
        return DecisionTreeClassifier(random_state=seed, class_weight=weight)
    return KNeighborsClassifier()


def datasets():
    with open(os.path.join(OUT, "dataset-binary-2d.json")) as f:
        data = json.load(f)
    yield "binary-2d", np.array(data["X"]), np.array(data["y"])
    rng = np.random.default_rng(5)
    n_major, n_minor = 480, 80
    X = np.vstack([rng.normal(size=(n_major, 4)), rng.normal(size=(n_minor, 4)) * 0.8 + 1.1])
    X = X * np.array([1.0, 3.0, 0.5, 10.0])  # unequal column scales: the scaler matters
    yield "gauss-4d", X, np.array([0] * n_major + [1] * n_minor)


def fold_assignments(cv, X, y):
    folds = np.zeros((REPEATS, len(y)), dtype=int)
    for s, (_, test) in enumerate(cv.split(X, y)):
        folds[s // FOLDS, test] = s % FOLDS
    return folds


def evaluate(cv, X, y, method, clf_name):
    seeded = method in SAMPLERS or clf_name == "tree"
    per_seed = []
    for seed in SEEDS if seeded else [0]:
        steps = [("scale", StandardScaler())]
        if method in SAMPLERS:
            steps.append(("sample", SAMPLERS[method](random_state=seed)))
        steps.append(("clf", classifier(clf_name, method == "class_weight", seed)))
        per_seed.append(cross_validate(Pipeline(steps), X, y, cv=cv, scoring=["recall", "roc_auc"]))
    return {
        metric: {
            "mean": float(np.mean([s[f"test_{metric}"].mean() for s in per_seed])),
            "std": float(np.mean([s[f"test_{metric}"].std() for s in per_seed])),
        }
        for metric in ["recall", "roc_auc"]
    }


def main():
    records = []
    for name, X, y in datasets():
        cv = RepeatedStratifiedKFold(n_splits=FOLDS, n_repeats=REPEATS, random_state=0)
        runs = []
        for clf_name in ["logistic", "knn", "tree"]:
            methods = ["none", "SMOTE", "ADASYN", "RandomOverSampler"]
            if clf_name != "knn":
                methods.insert(1, "class_weight")
            for method in methods:
                runs.append({"method": method, "classifier": clf_name, **evaluate(cv, X, y, method, clf_name)})
        records.append(
            {"name": name, "X": X.tolist(), "y": y.tolist(), "folds": fold_assignments(cv, X, y).tolist(), "runs": runs}
        )
    meta = {
        "generator": "tests/reference/make_protocol_fixtures.py",
        "sklearn": sklearn.__version__,
        "imblearn": imblearn.__version__,
        "numpy": np.__version__,
    }
    with open(os.path.join(OUT, "learn-protocol.json"), "w") as f:
        json.dump({"meta": meta, "datasets": records}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

"""Writes the reference for smote-lab's evaluation protocol, run with scikit-learn and imbalanced-learn.

Run with Debian's Python (scikit-learn 1.2, imbalanced-learn 0.10):

    /usr/bin/python3 tests/reference/make_protocol_fixtures.py

For each dataset, RepeatedStratifiedKFold(n_splits=5, n_repeats=10, random_state=0) splits the rows and
an imbalanced-learn Pipeline (StandardScaler, then the sampler, then the classifier) is cross-validated
on those splits, so scaling and resampling see the training part only. On the mixed dataset the
numeric columns are standardised, SMOTENC (or another sampler) resamples with the categories as they
are, and the categories are then one-hot encoded for the classifier. On the three-class dataset the
samplers see every class and the classifier learns the minority against the rest. Output,
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
from imblearn.over_sampling import ADASYN, SMOTE, SMOTENC, RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import recall_score, roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
FOLDS, REPEATS = 5, 10
# imbalanced-learn reuses one random_state in every fold, so one seed's luck moves every fold alike;
# the reference is the average over these seeds of the sampler and the tree.
SEEDS = range(5)
SAMPLERS = {"SMOTE": SMOTE, "ADASYN": ADASYN, "RandomOverSampler": RandomOverSampler, "SMOTENC": SMOTENC}
MIXED_CATEGORICAL = [1, 3]  # colour and size in dataset-mixed.json


class MinorityVsRest(BaseEstimator, ClassifierMixin):
    """A classifier fitted on (label == positive) after resampling saw every class."""

    def __init__(self, estimator, positive):
        self.estimator = estimator
        self.positive = positive

    def fit(self, X, y):
        self.estimator_ = clone(self.estimator).fit(X, (np.asarray(y) == self.positive).astype(int))
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X):
        return self.estimator_.predict_proba(X)

    def predict(self, X):
        return self.estimator_.predict(X)


def classifier(name, balanced, seed):
    weight = "balanced" if balanced else None
    if name == "logistic":
        return LogisticRegression(class_weight=weight)
    if name == "tree":
        return DecisionTreeClassifier(random_state=seed, class_weight=weight)
    return KNeighborsClassifier()


def datasets():
    """(name, X, y, positive class, categorical column indices)."""
    with open(os.path.join(OUT, "dataset-binary-2d.json")) as f:
        data = json.load(f)
    yield "binary-2d", np.array(data["X"]), np.array(data["y"]), 1, []
    rng = np.random.default_rng(5)
    n_major, n_minor = 480, 80
    X = np.vstack([rng.normal(size=(n_major, 4)), rng.normal(size=(n_minor, 4)) * 0.8 + 1.1])
    X = X * np.array([1.0, 3.0, 0.5, 10.0])  # unequal column scales: the scaler matters
    yield "gauss-4d", X, np.array([0] * n_major + [1] * n_minor), 1, []
    with open(os.path.join(OUT, "dataset-mixed.json")) as f:
        table = json.load(f)["table"]
    rows = table["rows"]
    X = np.array([[float(v) if j not in MIXED_CATEGORICAL else v for j, v in enumerate(r[:-1])] for r in rows], dtype=object)
    yield "mixed", X, np.array([int(r[-1]) for r in rows]), 1, MIXED_CATEGORICAL
    with open(os.path.join(OUT, "dataset-three-5d.json")) as f:
        data = json.load(f)
    yield "three-5d", np.array(data["X"]), np.array(data["y"]), 2, []


def pipeline(method, clf_name, seed, positive, categorical, n_features):
    clf = classifier(clf_name, method == "class_weight", seed)
    if categorical:
        numeric = [j for j in range(n_features) if j not in categorical]
        k = len(numeric)
        steps = [("scale", ColumnTransformer([("num", StandardScaler(), numeric), ("cat", "passthrough", categorical)]))]
        if method == "SMOTENC":
            steps.append(("sample", SMOTENC(categorical_features=list(range(k, n_features)), random_state=seed)))
        elif method in SAMPLERS:
            steps.append(("sample", SAMPLERS[method](random_state=seed)))
        encode = [("num", "passthrough", list(range(k))), ("cat", OneHotEncoder(handle_unknown="ignore"), list(range(k, n_features)))]
        steps.append(("encode", ColumnTransformer(encode)))
    else:
        steps = [("scale", StandardScaler())]
        if method in SAMPLERS:
            steps.append(("sample", SAMPLERS[method](random_state=seed)))
    steps.append(("clf", MinorityVsRest(clf, positive) if positive != 1 else clf))
    return Pipeline(steps)


def minority_scores(positive):
    def recall(estimator, X, y):
        return recall_score(np.asarray(y) == positive, estimator.predict(X) == 1)

    def roc_auc(estimator, X, y):
        return roc_auc_score(np.asarray(y) == positive, estimator.predict_proba(X)[:, 1])

    return {"recall": recall, "roc_auc": roc_auc}


def fold_assignments(cv, X, y):
    folds = np.zeros((REPEATS, len(y)), dtype=int)
    for s, (_, test) in enumerate(cv.split(X, y)):
        folds[s // FOLDS, test] = s % FOLDS
    return folds


def evaluate(cv, X, y, method, clf_name, positive, categorical):
    seeded = method in SAMPLERS or clf_name == "tree"
    # Label 1 is the minority of the two-class sets; elsewhere the scorers binarise y themselves.
    scoring = ["recall", "roc_auc"] if positive == 1 else minority_scores(positive)
    per_seed = []
    for seed in SEEDS if seeded else [0]:
        model = pipeline(method, clf_name, seed, positive, categorical, X.shape[1])
        per_seed.append(cross_validate(model, X, y, cv=cv, scoring=scoring))
    return {
        metric: {
            "mean": float(np.mean([s[f"test_{metric}"].mean() for s in per_seed])),
            "std": float(np.mean([s[f"test_{metric}"].std() for s in per_seed])),
        }
        for metric in ["recall", "roc_auc"]
    }


def main():
    records = []
    for name, X, y, positive, categorical in datasets():
        cv = RepeatedStratifiedKFold(n_splits=FOLDS, n_repeats=REPEATS, random_state=0)
        runs = []
        for clf_name in ["logistic", "knn", "tree"]:
            methods = ["none", "SMOTENC" if categorical else "SMOTE", "RandomOverSampler"]
            if not categorical:
                methods.insert(2, "ADASYN")
            if clf_name != "knn":
                methods.insert(1, "class_weight")
            for method in methods:
                runs.append({"method": method, "classifier": clf_name, **evaluate(cv, X, y, method, clf_name, positive, categorical)})
        records.append(
            {
                "name": name,
                "X": X.tolist(),
                "y": y.tolist(),
                "categorical": categorical,
                "folds": fold_assignments(cv, X, y).tolist(),
                "runs": runs,
            }
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

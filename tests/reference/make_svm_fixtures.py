"""Writes tests/reference/fixtures/svm-*.json: scikit-learn SVC(gamma='scale') fitted on small fixed
datasets, for tests/core/learn/svm.test.ts.

Run with Debian's Python (scikit-learn 1.2):  /usr/bin/python3 tests/reference/make_svm_fixtures.py

Stored per dataset: X, y, the test points, gamma, support_, n_support_, the raw LIBSVM
coefficients and intercepts (_dual_coef_, _intercept_: scikit-learn flips their public sign for two
classes), the one-vs-one decision values in LIBSVM's sign (positive favours the first class of the
pair) and predict() on the training rows and on the test points.
"""

import json
import os

import numpy as np
import sklearn
from sklearn.svm import SVC

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")


def blobs(rng, centers, sizes, spread):
    X = np.vstack([rng.normal(c, spread, size=(n, len(c))) for c, n in zip(centers, sizes)])
    y = np.concatenate([np.full(n, k) for k, n in enumerate(sizes)])
    return np.round(X, 3), y


def datasets():
    rng = np.random.RandomState(7)
    X, y = blobs(rng, [(0.0, 0.0), (1.5, 1.0)], [45, 15], 1.0)
    yield "binary-2d", X, y

    rng = np.random.RandomState(11)
    X, y = blobs(rng, [(0, 0, 0), (2, 0, 1), (0, 2, 2)], [40, 25, 15], 1.1)
    X = np.vstack([X, X[:4]])  # exact duplicates, one of them relabelled
    y = np.concatenate([y, [0, 0, 1, 2]])
    yield "three-class-3d", X, y

    rng = np.random.RandomState(3)
    X, y = blobs(rng, [(0, 0, 0, 0, 0), (1, 1, 0, 1, 0)], [70, 20], 1.0)
    X[:, 1] *= 40.0  # one wide feature: gamma='scale' follows the overall variance
    yield "binary-5d-scaled", X, y

    rng = np.random.RandomState(5)
    X, y = blobs(rng, [np.zeros(13), np.full(13, 0.6)], [60, 25], 1.0)
    yield "binary-13d", X, y  # 13 features: kernel sums over 8, 4 and 1 features at a time


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, X, y in datasets():
        rng = np.random.RandomState(100)
        lo, hi = X.min(axis=0), X.max(axis=0)
        T = np.round(rng.uniform(lo, hi, size=(40, X.shape[1])), 3)
        svc = SVC(gamma="scale").fit(X, y)
        dec = svc._decision_function(T)
        if len(svc.classes_) == 2:
            dec = -dec.reshape(-1, 1)
        fixture = {
            "source": f"scikit-learn {sklearn.__version__} SVC(gamma='scale')",
            "X": X.tolist(),
            "y": y.tolist(),
            "T": T.tolist(),
            "gamma": float(svc._gamma),
            "support": svc.support_.tolist(),
            "n_support": svc.n_support_.tolist(),
            "dual_coef": svc._dual_coef_.tolist(),
            "intercept": svc._intercept_.tolist(),
            "decision_ovo": dec.tolist(),
            "predict_train": svc.predict(X).tolist(),
            "predict_test": svc.predict(T).tolist(),
        }
        path = os.path.join(OUT, f"svm-{name}.json")
        with open(path, "w") as f:
            json.dump(fixture, f)
        print(path, "support vectors:", len(svc.support_))


if __name__ == "__main__":
    main()

"""Inputs on which imbalanced-learn raises, with the exception it raises (see make_fixtures.py)."""

import numpy as np
from imblearn.combine import SMOTEENN, SMOTETomek
from imblearn.over_sampling import (
    ADASYN,
    SMOTE,
    SVMSMOTE,
    BorderlineSMOTE,
    KMeansSMOTE,
    RandomOverSampler,
)
from imblearn.under_sampling import EditedNearestNeighbours, TomekLinks
from reference_rules import SEED, attempt, json_label


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

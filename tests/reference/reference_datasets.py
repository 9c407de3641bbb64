"""The small seeded datasets behind the reference fixtures (see make_fixtures.py)."""

import numpy as np


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

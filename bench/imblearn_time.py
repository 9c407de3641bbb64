"""Times one imbalanced-learn sampler's fit_resample on a smote-lab bench CSV.

    python3 bench/imblearn_time.py <module> <ClassName> <file.csv> <params JSON> <limit seconds>

Prints one JSON line: {"status": "ok", "seconds": s, "rows": n}, or status "missing" (this version
has no such class), "error" (with a message) or "timeout". Only fit_resample is timed; reading the
CSV is not. The last column is the label; text columns stay strings, the others become floats.
"""

import csv
import importlib
import inspect
import json
import resource
import signal
import sys
import time
import warnings

import numpy as np

# The machine is shared: a sampler that would need more memory fails instead of swapping.
MEMORY_LIMIT = 8 * 1024**3


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    y = np.array([int(r[-1]) for r in body])
    numeric = [is_number(v) for v in body[0][:-1]]
    if all(numeric):
        return np.array([r[:-1] for r in body], dtype=float), y
    X = np.empty((len(body), len(numeric)), dtype=object)
    for j, num in enumerate(numeric):
        X[:, j] = [float(r[j]) if num else r[j] for r in body]
    return X, y


class TimeLimit(Exception):
    pass


def on_alarm(signum, frame):
    raise TimeLimit()


def main():
    module, name, path, params_json, limit = sys.argv[1:6]
    sampler_class = getattr(importlib.import_module(module), name, None)
    if sampler_class is None:
        print(json.dumps({"status": "missing"}))
        return
    params = json.loads(params_json)
    if "random_state" in inspect.signature(sampler_class).parameters:
        params["random_state"] = 0
    X, y = load(path)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, float(limit))
    start = time.perf_counter()
    try:
        _, y_out = sampler_class(**params).fit_resample(X, y)
    except TimeLimit:
        print(json.dumps({"status": "timeout"}))
        return
    except Exception as error:  # any sampler failure is a result to report
        message = f"{type(error).__name__}: {error}".splitlines()[0]
        print(json.dumps({"status": "error", "message": message}))
        return
    seconds = time.perf_counter() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    print(json.dumps({"status": "ok", "seconds": seconds, "rows": int(len(y_out))}))


if __name__ == "__main__":
    main()

"""The oracle of scripts/differential/run.mjs: fairlearn 0.14 on every generated case.

Usage (fairlearn 0.14 source and narwhals on PYTHONPATH; Debian's scikit-learn 1.2.1, pandas 1.5.3):
    python3 scripts/oracle/fairlearn-cases.py CASES.json > ORACLE.json
CASES.json is a list of {id, columns, rows, label, prediction?, score?, threshold, positive_label,
groupings: [[col, ...], ...], missing_group}. The rows are the truth the data files were written
from (null: a missing sensitive value, audited as the group `missing_group`), so this side reads no
file: the comparison tests the project's readers as well as its arithmetic. Every NaN is null.
"""
import functools
import json
import math
import sys
import warnings

import numpy as np
import pandas as pd
from fairlearn.metrics import (
    MetricFrame,
    false_negative_rate,
    false_positive_rate,
    selection_rate,
    true_negative_rate,
    true_positive_rate,
)
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, precision_score, roc_auc_score

warnings.simplefilter("ignore")


def clean(v):
    if v is None:
        return None
    v = float(v)
    return None if math.isnan(v) or math.isinf(v) else v


def auc(pos):
    def f(y_true, y_score):
        y = np.asarray(y_true) == pos
        if y.all() or not y.any():
            return float("nan")
        return roc_auc_score(y, y_score)

    return f


def run(case):
    df = pd.DataFrame(case["rows"], columns=case["columns"])
    pos = case["positive_label"]
    y = df[case["label"]].astype(str)
    if case.get("prediction"):
        p = df[case["prediction"]].astype(str)
    else:
        neg = case["negative_label"]
        p = pd.Series(np.where(df[case["score"]].astype(float) >= case["threshold"], pos, neg))
    # Both classes always take part, so scikit-learn never guesses the labels from one class present.
    labels = [case["negative_label"], pos]
    metrics = {
        "selection_rate": functools.partial(selection_rate, pos_label=pos),
        "accuracy": accuracy_score,
        "true_positive_rate": functools.partial(true_positive_rate, pos_label=pos),
        "false_positive_rate": functools.partial(false_positive_rate, pos_label=pos),
        "true_negative_rate": functools.partial(true_negative_rate, pos_label=pos),
        "false_negative_rate": functools.partial(false_negative_rate, pos_label=pos),
        "precision": functools.partial(precision_score, pos_label=pos, labels=labels, zero_division=0),
        "recall": functools.partial(true_positive_rate, pos_label=pos),
        "f1": functools.partial(f1_score, pos_label=pos, labels=labels, zero_division=0),
        "balanced_accuracy": balanced_accuracy_score,
    }
    out = {"id": case["id"], "groupings": []}
    score_frame = None
    if case.get("score") and case.get("auc"):
        score_frame = df[case["score"]].astype(float)
    for cols in case["groupings"]:
        sf = df[cols].fillna(case["missing_group"]).astype(str)
        mf = MetricFrame(metrics=metrics, y_true=y, y_pred=p, sensitive_features=sf if len(cols) > 1 else sf[cols[0]])
        g = {"columns": cols, "overall": {m: clean(v) for m, v in mf.overall.items()}, "by_group": {}, "aggregates": {}}
        for key, row in mf.by_group.iterrows():
            name = " | ".join(str(k) for k in key) if isinstance(key, tuple) else str(key)
            if all(v is None or (isinstance(v, float) and math.isnan(v)) for v in row.values):
                continue  # an empty cell of an intersection
            g["by_group"][name] = {m: clean(v) for m, v in row.items()}
        for method in ("between_groups", "to_overall"):
            diff = mf.difference(method=method)
            ratio = mf.ratio(method=method)
            for m in metrics:
                g["aggregates"][f"{m}_difference/{method}"] = clean(diff[m])
                g["aggregates"][f"{m}_ratio/{method}"] = clean(ratio[m])
            # fairlearn's equalized_odds_* take no pos_label (they need 0/1 or -1/1 labels), so their
            # own combination is applied here to the TPR and FPR parts computed with pos_label:
            # `max`/`min` (Python's builtins over the Series) for worst_case, Series.mean() for mean.
            d = pd.Series([diff["true_positive_rate"], diff["false_positive_rate"]])
            r = pd.Series([ratio["true_positive_rate"], ratio["false_positive_rate"]])
            g["aggregates"][f"equalized_odds_difference/{method}/worst_case"] = clean(max(d))
            g["aggregates"][f"equalized_odds_difference/{method}/mean"] = clean(d.mean())
            g["aggregates"][f"equalized_odds_ratio/{method}/worst_case"] = clean(min(r))
            g["aggregates"][f"equalized_odds_ratio/{method}/mean"] = clean(r.mean())
        gmin = mf.group_min()
        gmax = mf.group_max()
        for m in metrics:
            g["aggregates"][f"{m}_group_min"] = clean(gmin[m])
            g["aggregates"][f"{m}_group_max"] = clean(gmax[m])
        if score_frame is not None:
            af = MetricFrame(metrics={"roc_auc": auc(pos)}, y_true=y, y_pred=score_frame, sensitive_features=sf if len(cols) > 1 else sf[cols[0]])
            g["overall"]["roc_auc"] = clean(af.overall["roc_auc"])
            for key, row in af.by_group.iterrows():
                name = " | ".join(str(k) for k in key) if isinstance(key, tuple) else str(key)
                if name in g["by_group"]:
                    g["by_group"][name]["roc_auc"] = clean(row["roc_auc"])
        out["groupings"].append(g)
    return out


cases = json.load(open(sys.argv[1]))
json.dump([run(c) for c in cases], sys.stdout)

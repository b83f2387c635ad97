"""fairlearn's per-group binary metrics for the parity fixtures in __fixtures__/golden/parity/.

Usage (fairlearn 0.14 source and narwhals on PYTHONPATH; Debian's scikit-learn 1.2.1, pandas 1.5.3):
    PYTHONPATH=/path/to/fairlearn-0.14:/path/to/narwhals python3 scripts/oracle/binary-metrics.py FILE.csv POS_LABEL [MISSING_GROUP] > FILE.json
Columns y (label), p (prediction), g (group), read as strings (so `-1`, `no`, `1` are compared as
the data writes them). A .jsonl file is read by pandas' read_json(lines=True), where a key a record
leaves out is missing; MISSING_GROUP names the group of missing g values (the audit's
`missing: group`). NaN is written null.
"""
import functools
import json
import math
import sys
import warnings

import pandas as pd
from fairlearn.metrics import (
    MetricFrame,
    false_negative_rate,
    false_positive_rate,
    selection_rate,
    true_negative_rate,
    true_positive_rate,
)
from sklearn.metrics import accuracy_score

warnings.simplefilter("ignore")
path, pos = sys.argv[1], sys.argv[2]
if path.endswith(".jsonl"):
    df = pd.read_json(path, lines=True)
    df["y"], df["p"] = df["y"].astype(str), df["p"].astype(str)
else:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
if len(sys.argv) > 3:
    df["g"] = df["g"].where(df["g"].notna(), sys.argv[3])
# fairlearn's rates take pos_label; the labels' other value is the negative. A file whose labels
# never equal pos_label has only one label value, so the labels passed are pinned to [neg, pos].
values = sorted(set(df.y) | set(df.p))
neg = next(v for v in values if v != pos)
metrics = {
    "selection_rate": functools.partial(selection_rate, pos_label=pos),
    "accuracy": accuracy_score,
    "true_positive_rate": functools.partial(true_positive_rate, pos_label=pos),
    "false_positive_rate": functools.partial(false_positive_rate, pos_label=pos),
    "true_negative_rate": functools.partial(true_negative_rate, pos_label=pos),
    "false_negative_rate": functools.partial(false_negative_rate, pos_label=pos),
}
mf = MetricFrame(metrics=metrics, y_true=df.y, y_pred=df.p, sensitive_features=df.g)


def clean(v):
    v = float(v)
    return None if math.isnan(v) else v


out = {
    "positive_label": pos,
    "negative": neg,
    "overall": {m: clean(v) for m, v in mf.overall.items()},
    "by_group": {str(g): {m: clean(v) for m, v in row.items()} for g, row in mf.by_group.iterrows()},
}
json.dump(out, sys.stdout, indent=2)
print()

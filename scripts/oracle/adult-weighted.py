"""fairlearn's numbers for the weighted Adult example (examples/adult-weighted/).

Usage (fairlearn 0.14 source and narwhals on PYTHONPATH; Debian's scikit-learn 1.2.1, pandas 1.5.3):
    PYTHONPATH=/path/to/fairlearn-0.14:/path/to/narwhals python3 scripts/oracle/adult-weighted.py \
        > __fixtures__/golden/weighted/adult-weighted.json
Per attribute (gender, race, gender+race): MetricFrame with sample_params sample_weight for every
metric, overall / by_group / difference / ratio (both methods), and the fairlearn aggregates
with sample_weight; plus the unweighted overall, to show the weights matter. NaN is written null.
"""
import json
import math
import warnings
from functools import partial

import pandas as pd
import sklearn.metrics as skm
from fairlearn.metrics import (
    MetricFrame,
    demographic_parity_difference,
    demographic_parity_ratio,
    equalized_odds_difference,
    equalized_odds_ratio,
    false_positive_rate,
    selection_rate,
    true_positive_rate,
)

warnings.simplefilter("ignore")
df = pd.read_csv("examples/adult-weighted/adult_rf_weighted.csv", float_precision="round_trip", keep_default_na=False)
y = (df.label_value == 1).astype(int)
p = (df.score == 1).astype(int)
w = df.weight.to_numpy()

METRICS = {
    "selection_rate": selection_rate,
    "accuracy": skm.accuracy_score,
    "true_positive_rate": true_positive_rate,
    "false_positive_rate": false_positive_rate,
    "precision": partial(skm.precision_score, zero_division=0),
    "balanced_accuracy": skm.balanced_accuracy_score,
}


def num(v):
    v = float(v)
    return None if math.isnan(v) else v


out = {"unweighted_overall": {k: num(f(y, p)) for k, f in METRICS.items()}, "results": {}}
for name, cols in (("gender", ["gender"]), ("race", ["race"]), ("gender+race", ["gender", "race"])):
    sf = df[cols] if len(cols) > 1 else df[cols[0]]
    mf = MetricFrame(
        metrics=METRICS,
        y_true=y,
        y_pred=p,
        sensitive_features=sf,
        sample_params={k: {"sample_weight": w} for k in METRICS},
    )
    by_group = []
    for key, row in mf.by_group.iterrows():
        key = key if isinstance(key, tuple) else (key,)
        by_group.append({"group": dict(zip(cols, key)), "metrics": {k: num(v) for k, v in row.items()}})
    block = {
        "overall": {k: num(v) for k, v in mf.overall.items()},
        "by_group": by_group,
        "difference": {m: {k: num(v) for k, v in mf.difference(method=m).items()} for m in ("between_groups", "to_overall")},
        "ratio": {m: {k: num(v) for k, v in mf.ratio(method=m).items()} for m in ("between_groups", "to_overall")},
        "fairness": {},
    }
    for fname, fn in (("demographic_parity_difference", demographic_parity_difference), ("demographic_parity_ratio", demographic_parity_ratio)):
        block["fairness"][fname] = {m: num(fn(y, p, sensitive_features=sf, method=m, sample_weight=w)) for m in ("between_groups", "to_overall")}
    for fname, fn in (("equalized_odds_difference", equalized_odds_difference), ("equalized_odds_ratio", equalized_odds_ratio)):
        block["fairness"][fname] = {
            agg: {m: num(fn(y, p, sensitive_features=sf, method=m, agg=agg, sample_weight=w)) for m in ("between_groups", "to_overall")}
            for agg in ("worst_case", "mean")
        }
    out["results"][name] = block
json.dump(out, __import__("sys").stdout, indent=2)
print()

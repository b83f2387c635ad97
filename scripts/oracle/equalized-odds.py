"""fairlearn's equalized-odds aggregates for the parity fixtures in __fixtures__/golden/parity/.

Usage (fairlearn 0.14 source and narwhals on PYTHONPATH; Debian's scikit-learn 1.2.1, pandas 1.5.3):
    PYTHONPATH=/path/to/fairlearn-0.14:/path/to/narwhals python3 scripts/oracle/equalized-odds.py \
        __fixtures__/golden/parity/eo-no-positives.csv > __fixtures__/golden/parity/eo-no-positives.json
Columns y (label), p (prediction), g (group). NaN is written null.
"""
import json
import math
import sys
import warnings

import pandas as pd
from fairlearn.metrics import equalized_odds_difference, equalized_odds_ratio

warnings.simplefilter("ignore")
df = pd.read_csv(sys.argv[1], float_precision="round_trip", keep_default_na=False)
out = {}
for name, fn in (("equalized_odds_difference", equalized_odds_difference), ("equalized_odds_ratio", equalized_odds_ratio)):
    out[name] = {}
    for agg in ("worst_case", "mean"):
        out[name][agg] = {}
        for method in ("between_groups", "to_overall"):
            v = float(fn(df.y, df.p, sensitive_features=df.g, agg=agg, method=method))
            out[name][agg][method] = None if math.isnan(v) else v
json.dump(out, sys.stdout, indent=2)
print()

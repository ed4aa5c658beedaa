"""Reads every bulk file a manifest lists as a reuser would, with Python's csv, json, gzip and hashlib modules and,
when it is installed, pandas; prints what it found as JSON for tests/data/readers.test.ts to compare."""
import csv
import gzip
import hashlib
import json
import sys

# Some releases are longer than the csv module's default limit of 131,072 characters a field (the data page says so).
csv.field_size_limit(2**31 - 1)

folder = sys.argv[1]
with open(f"{folder}/index.json", encoding="utf-8") as f:
    manifest = json.load(f)

try:
    import pandas
except ImportError:
    pandas = None

found = {"pandas": pandas.__version__ if pandas else None, "files": {}, "rows": {}}
for entry in manifest["files"]:
    name = entry["name"]
    path = f"{folder}/{name}"
    with open(path, "rb") as f:
        sha256 = hashlib.sha256(f.read()).hexdigest()
    result = {"sha256": sha256}
    if entry["format"] == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        result["rows"] = len(rows)
        for row in rows:
            found["rows"].setdefault(f"{row['slug']}.{row['language']}", {})["csv"] = [row["title"], hashlib.sha1(row["bodyMarkdown"].encode("utf-8")).hexdigest(), json.loads(row["tags"])]
        if pandas is not None:
            frame = pandas.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
            result["pandasRows"] = len(frame)
            result["pandasTitles"] = sorted(frame["title"])
    elif entry["format"] == "jsonl.gz":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        result["rows"] = len(rows)
        for row in rows:
            found["rows"].setdefault(f"{row['slug']}.{row['language']}", {})["json"] = [row["title"], hashlib.sha1(row["bodyMarkdown"].encode("utf-8")).hexdigest(), row["tags"]]
        if pandas is not None:
            frame = pandas.read_json(path, lines=True, compression="gzip", dtype=False)
            result["pandasRows"] = len(frame)
            result["pandasTitles"] = sorted(frame["title"])
    else:
        with open(path, encoding="utf-8") as f:
            result["rows"] = len(json.load(f))
    found["files"][name] = result

json.dump(found, sys.stdout, ensure_ascii=False)

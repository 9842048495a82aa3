"""The textrepair benchmark: quality against gold, and speed and memory against ftfy,
symspellpy and a tokenization floor. Run ``python -m benchmarks`` (see README.md)."""

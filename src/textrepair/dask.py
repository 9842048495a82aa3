"""Dask: repair the records of a bag, or a text column of a dataframe, partition by partition.

Needs ``pip install 'textrepair[dask]'``. Each worker process builds one
:class:`~textrepair.Repairer` per config and keeps it (:func:`textrepair.pipeline.repairer_for`).
The added columns are those of :func:`textrepair.pipeline.repair_batch`: ``spin_score``,
``verdict`` and ``edit_count``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .config import Config
from .pipeline import repair_batch, repair_column

if TYPE_CHECKING:
    import dask.bag as db  # type: ignore[import-not-found, unused-ignore]
    import dask.dataframe as dd  # type: ignore[import-not-found, unused-ignore]


def repair_bag(bag: db.Bag, field: str = "text", *, config: Config | None = None) -> db.Bag:
    """A bag of records (dicts) with ``field`` repaired and the three columns added.

    A record whose field is missing or not a string is kept, with None in the new columns.
    """
    map_partitions: Any = bag.map_partitions  # untyped in dask
    repaired: db.Bag = map_partitions(repair_records, field, config)
    return repaired


def repair_records(
    records: Iterable[dict[str, Any]], field: str = "text", config: Config | None = None
) -> list[dict[str, Any]]:
    """One partition of :func:`repair_bag`: the records, repaired, as new dicts."""
    records = list(records)
    columns = repair_batch({field: [r.get(field) for r in records]}, field, config=config)
    repaired = []
    for i, record in enumerate(records):
        row = {name: column[i] for name, column in columns.items()}
        if field not in record:
            del row[field]
        repaired.append({**record, **row})
    return repaired


def with_repair_columns(
    df: dd.DataFrame,
    input_col: str = "text",
    *,
    output_col: str | None = None,
    score_col: str = "spin_score",
    verdict_col: str = "verdict",
    edits_col: str = "edit_count",
    config: Config | None = None,
) -> dd.DataFrame:
    """``df`` with ``input_col`` repaired (in place, or into ``output_col``) and spin score,
    verdict and edit count columns added, computed with ``map_partitions``."""
    names = (output_col or input_col, score_col, verdict_col, edits_col)
    meta = repair_frame(df._meta, input_col, names, config)
    map_partitions: Any = df.map_partitions  # untyped in dask
    repaired: dd.DataFrame = map_partitions(repair_frame, input_col, names, config, meta=meta)
    return repaired


def repair_frame(
    frame: Any, input_col: str, names: tuple[str, str, str, str], config: Config | None = None
) -> Any:
    """One pandas partition of :func:`with_repair_columns` (a new frame; ``names``: the
    repaired text, score, verdict and edit count columns)."""
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

    texts = frame[input_col]
    columns = repair_column(texts.tolist(), config)
    sources = {"text": texts.dtype, "spin_score": "float64", "verdict": texts.dtype}
    sources["edit_count"] = "Int32"
    added = {
        name: pd.Series(columns[source], index=frame.index, dtype=dtype)
        for name, (source, dtype) in zip(names, sources.items(), strict=True)
    }
    return frame.assign(**added)

"""Spark: repair a text column of a DataFrame with a pandas UDF (Arrow batches).

Needs ``pip install 'textrepair[spark]'`` on the driver and on every executor. Each executor's
Python worker builds one :class:`~textrepair.Repairer` per config, on its first batch, and
keeps it for the batches after (:func:`textrepair.pipeline.repairer_for`).

>>> from textrepair.spark import with_repair_columns  # doctest: +SKIP
>>> with_repair_columns(df, "text").select("text", "spin_score", "verdict")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config
from .pipeline import repair_column

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame  # type: ignore[import-not-found, unused-ignore]

RESULT_SCHEMA = "text string, spin_score double, verdict string, edit_count int"
"""The struct :func:`repair_udf` returns for each text."""


def repair_udf(config: Config | None = None) -> Any:
    """A pandas UDF mapping a string column to a ``RESULT_SCHEMA`` struct column.

    Null texts give a struct of nulls (the text stays null).
    """
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    from pyspark.sql.pandas import functions  # type: ignore[import-not-found, unused-ignore]

    # Runs on the executors, once per Arrow batch; the config travels in the closure.
    def repair_texts(texts: pd.Series) -> pd.DataFrame:
        frame = pd.DataFrame(repair_column(texts.tolist(), config), index=texts.index)
        return frame.astype({"spin_score": "float64", "edit_count": "Int32"})

    # pyspark picks the UDF's kind from the type hints, which postponed annotations leave
    # as strings naming a local: give it the classes.
    repair_texts.__annotations__ = {"texts": pd.Series, "return": pd.DataFrame}
    pandas_udf: Any = functions.pandas_udf  # its overloads cannot see through the hints
    return pandas_udf(repair_texts, RESULT_SCHEMA)


def with_repair_columns(
    df: DataFrame,
    input_col: str = "text",
    *,
    output_col: str | None = None,
    score_col: str = "spin_score",
    verdict_col: str = "verdict",
    edits_col: str = "edit_count",
    config: Config | None = None,
) -> DataFrame:
    """``df`` with ``input_col`` repaired (in place, or into ``output_col``) and spin score,
    verdict and edit count columns added; every other column is left as it is."""
    from pyspark.sql import functions as sf  # type: ignore[import-not-found, unused-ignore]

    result: Column = repair_udf(config)(sf.col(input_col))
    # One struct column, then its fields: Spark runs the UDF once (one ArrowEvalPython in
    # the plan) and the projections read the fields from its result.
    struct = "__textrepair"
    spun = df.withColumn(struct, result)
    fields = {
        output_col or input_col: "text",
        score_col: "spin_score",
        verdict_col: "verdict",
        edits_col: "edit_count",
    }
    return spun.withColumns(
        {name: sf.col(f"{struct}.{field}") for name, field in fields.items()}
    ).drop(struct)

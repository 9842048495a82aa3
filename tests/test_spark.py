"""Spark for real, in local mode on loopback: the UDF's columns equal the single-process API."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from test_pipeline import corpus_config, documents

from textrepair import Config
from textrepair.pipeline import repair_column

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pyspark_sql = pytest.importorskip("pyspark.sql")

from textrepair.spark import with_repair_columns  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SPARK_LOCAL_IP", "127.0.0.1")  # every socket on loopback
        env.setenv("PYSPARK_PYTHON", sys.executable)  # workers need this venv's packages
        session = (
            pyspark_sql.SparkSession.builder.master("local[2]")
            .appName("textrepair-tests")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return corpus_config(tmp_path_factory.mktemp("lexicon"))


def test_repair_columns_equal_the_api(spark: Any, config: Config) -> None:
    texts: list[str | None] = [*documents(300), None]
    df = spark.createDataFrame(list(enumerate(texts)), "id int, text string")
    rows = with_repair_columns(df, config=config).orderBy("id").collect()
    expected = repair_column(texts, config)
    assert rows[0].asDict().keys() == {"id", "text", "spin_score", "verdict", "edit_count"}
    assert [r.text for r in rows] == expected["text"]
    assert [r.spin_score for r in rows] == expected["spin_score"]
    assert [r.verdict for r in rows] == expected["verdict"]
    assert [r.edit_count for r in rows] == expected["edit_count"]
    assert sum(expected["edit_count"][:-1]) > 100


def test_output_col_keeps_the_input(spark: Any, config: Config) -> None:
    df = spark.createDataFrame([("Prices rose this 12 months.",)], "body string")
    row = with_repair_columns(df, "body", output_col="fixed", score_col="score", config=config)
    assert row.columns == ["body", "fixed", "score", "verdict", "edit_count"]
    assert row.first()["fixed"] == "Prices rose this year."  # type: ignore[index]

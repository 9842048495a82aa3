"""Dask bags and dataframes on the local schedulers: results equal the single-process API."""

from __future__ import annotations

import pytest
from test_pipeline import corpus_config, documents

from textrepair import Config
from textrepair.pipeline import repair_column

pd = pytest.importorskip("pandas")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")

from textrepair.dask import repair_bag, with_repair_columns  # noqa: E402


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return corpus_config(tmp_path_factory.mktemp("lexicon"))


def test_bag_of_records(config: Config) -> None:
    texts = documents(300)
    records = [{"id": i, "text": t} for i, t in enumerate(texts)] + [{"id": 300}]
    bag = db.from_sequence(records, npartitions=5)
    out = repair_bag(bag, config=config).compute(scheduler="synchronous")
    expected = repair_column(texts, config)
    assert [r["id"] for r in out] == list(range(301))
    assert [r["text"] for r in out[:300]] == expected["text"]
    assert [r["verdict"] for r in out[:300]] == expected["verdict"]
    assert out[300] == {"id": 300, "spin_score": None, "verdict": None, "edit_count": None}


def test_dataframe_columns(config: Config) -> None:
    texts = [*documents(300), None]
    frame = pd.DataFrame({"id": range(301), "text": texts})
    df = dd.from_pandas(frame, npartitions=4)
    out = with_repair_columns(df, output_col="fixed", config=config).compute(scheduler="threads")
    expected = repair_column(texts, config)
    assert list(out.columns) == ["id", "text", "fixed", "spin_score", "verdict", "edit_count"]
    assert out["text"].tolist()[:300] == texts[:300]
    assert out["fixed"].tolist()[:300] == expected["text"][:300]
    assert out["spin_score"].tolist()[:300] == expected["spin_score"][:300]
    assert out["edit_count"].tolist()[:300] == expected["edit_count"][:300]
    assert out["verdict"].isna().tolist() == [False] * 300 + [True]

"""Reading rubric files (the plugin's JSONL, AdvancedIF CSV/JSONL) and writing verl parquet."""
from rubric_plugin.convert.files import LoadResult, load_records, write_jsonl
from rubric_plugin.convert.verl_rows import from_verl_row, to_verl_row, write_parquet

__all__ = ["LoadResult", "from_verl_row", "load_records", "to_verl_row", "write_jsonl", "write_parquet"]

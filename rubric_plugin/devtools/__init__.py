"""Offline helpers for demos and tests: a tiny tokenizer built locally, verl-shaped batches."""

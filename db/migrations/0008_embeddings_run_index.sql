-- The screening query reads every CV embedding of one run (WHERE run_id = … AND owner_kind = 'cv'): with only
-- the HNSW index, it scanned every stored embedding of every run (about 1 s at 100,000 on PostgreSQL) or
-- stopped short under the filter. A btree on the run gives the exact rows directly (bench:vectors, filtered).
CREATE INDEX IF NOT EXISTS "embeddings_run_idx" ON "embeddings" USING btree ("run_id","owner_kind");

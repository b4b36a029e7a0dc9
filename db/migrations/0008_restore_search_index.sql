-- Replacing the generated search column (0007) drops its GIN index with it; build it again.
CREATE INDEX IF NOT EXISTS "practices_search_idx" ON "practices" USING gin ("search");

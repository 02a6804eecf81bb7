/**
 * DuckDB and Jdbi wiring: one DuckDB database per process (a file, or a named in-memory database in
 * tests), connections duplicated from it for Jdbi, and the schema applied on start: the versioned
 * scripts of the tables under {@code db/migration} ({@link com.perfdash.base.db.SchemaMigrations}),
 * then the definition files of the views and macros under {@code db/views}, one per metric family
 * ({@link com.perfdash.base.db.SchemaDefinitions}). docs/architecture.md explains the split.
 */
package com.perfdash.base.db;

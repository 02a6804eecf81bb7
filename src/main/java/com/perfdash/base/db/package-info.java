/**
 * DuckDB and Jdbi wiring: one DuckDB database per process (a file, or a named in-memory database in
 * tests), connections duplicated from it for Jdbi, and the versioned schema scripts under
 * {@code db/migration} applied on start.
 */
package com.perfdash.base.db;

/**
 * Reading the rows of a MySQL dump ({@code INSERT INTO t (a, b) VALUES (...), (...);}) one at a time, as the upstream
 * region lists publish each decree: the dialects of mysqldump, Adminer and phpMyAdmin (single or double quotes,
 * backslash or doubled-quote escapes, backticks, comments) read as they are, other statements skipped, nothing held
 * but the current row, and every problem with the line it is on.
 */
package id.wilayah.importer.format.sql;

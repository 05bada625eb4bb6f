/**
 * Test code shared by every module: a real PostgreSQL per Spring test context ({@link WithPostgres}), headless
 * Chromium ({@link Browser}) and helpers to read captured mail.
 */
package org.rapidstart.testsupport;

/**
 * The command line: one picocli class per command, each handing off to the library. Nothing
 * depends on this package. Exit codes: 0 ok, 1 failure (some input or step failed), 2 usage.
 */
package org.listscope.cli;

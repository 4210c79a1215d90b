package dev.roster.core.importing;

/**
 * How far an import has got.
 *
 * @param read data rows read from the file
 * @param valid rows read that broke no rule
 * @param invited rows invited so far (0 in a dry run)
 */
public record ImportProgress(int read, int valid, int invited) {
}
